"""`python -m pipeline.report`: the same as `akhbar report`."""

from pipeline.report.build import main

if __name__ == "__main__":
    main()
