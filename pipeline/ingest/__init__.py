"""Getting new items in: feed polling, the stream's poll source and schedule, keeping only
what the lake does not hold yet, and fetching pages (Beam side; sockets live in connectors/).
"""
