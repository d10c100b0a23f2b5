"""`akhbar report`: DuckDB queries over a lake, the HTML page and its SVG charts, and the demo
lake used by its tests and benchmark.
"""
