"""The Hive-partitioned Parquet lake: paths and file systems, atomic writes, readers, the
partitioning rule, reject rows, and the Beam writer.
"""
