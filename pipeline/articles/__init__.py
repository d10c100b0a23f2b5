"""The article stage: one fetched page → one article row (or reject), as a Beam-free job and
the Beam composite that runs it inline or in the runtime's process pool.
"""
