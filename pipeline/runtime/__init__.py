"""How work is executed: the extraction process pool and its fork server, exit and memory
workarounds for Beam's in-process runner. Nothing here knows about articles or events.
"""
