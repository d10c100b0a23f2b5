"""The scheduling examples: the Airflow DAG is valid Python and the cron line runs `akhbar run`."""

import ast
import re
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_airflow_dag_compiles_and_runs_akhbar_hourly():
    source = (EXAMPLES / "airflow_akhbar_dag.py").read_text(encoding="utf-8")
    compile(source, "airflow_akhbar_dag.py", "exec")
    tree = ast.parse(source)
    calls = {n.func.id: n for n in ast.walk(tree)
             if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    dag_kwargs = {k.arg: k.value for k in calls["DAG"].keywords}
    assert ast.literal_eval(dag_kwargs["schedule"]) == "@hourly"
    assert ast.literal_eval(dag_kwargs["max_active_runs"]) == 1
    command = "".join(ast.literal_eval(k.value) for k in calls["BashOperator"].keywords
                      if k.arg == "bash_command")
    assert re.search(r"\}\} run --config .* --output ", command)


def test_cron_line_is_hourly_and_runs_akhbar_run():
    lines = [ln for ln in (EXAMPLES / "crontab").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    assert len(lines) == 1
    fields = lines[0].split(None, 5)
    assert fields[0].isdigit() and fields[1:5] == ["*", "*", "*", "*"]
    assert "akhbar run --config" in fields[5] and "--output" in fields[5]
