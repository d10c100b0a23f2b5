"""Story deduplication: exact keys, MinHash/LSH signatures, clusters (pure), their Beam
composites, and the stream's bounded story index.
"""
