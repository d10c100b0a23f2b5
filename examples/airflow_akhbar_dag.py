"""Apache Airflow DAG: run `akhbar run` (one batch pass) every hour.

Copy into Airflow's dags/ folder and set the Airflow Variables akhbar_bin, akhbar_config and
akhbar_lake (defaults below). Airflow is not a dependency of akhbar; this file only needs to import.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG(
    dag_id="akhbar_hourly",
    description="Ingest the configured Arabic news feeds into the Parquet lake",
    schedule="@hourly",
    start_date=datetime(2025, 1, 1),
    catchup=False,  # one pass polls the feeds as they are now: past hours cannot be replayed
    max_active_runs=1,  # two passes at once would fetch the same new items twice
    default_args={"retries": 2, "retry_delay": timedelta(minutes=5)},
    tags=["akhbar"],
) as dag:
    BashOperator(
        task_id="akhbar_run",
        bash_command=(
            "{{ var.value.get('akhbar_bin', 'akhbar') }} run"
            " --config {{ var.value.get('akhbar_config', '/srv/akhbar/feeds.yaml') }}"
            " --output {{ var.value.get('akhbar_lake', '/srv/akhbar/lake') }}"
        ),
        execution_timeout=timedelta(minutes=50),
    )
