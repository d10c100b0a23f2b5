"""Data files users extend: defaults, the embedded sample, feeds, gazetteers and lexicons."""

from pathlib import Path

CONFIG_DIR = Path(__file__).resolve().parent
