"""Pure text work on one page: decoding glue, extraction (trafilatura), the seed-layout split
into parts, Arabic cleaning and normalisation, dates, canonical URLs, rendering for `akhbar show`.
"""
