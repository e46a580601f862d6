"""Results of a sweep: explicit Arrow schemas (``schemas``), an incremental fsspec Parquet
writer with resume support (``writer``), and polars readers and leaderboards (``leaderboard``).
"""
