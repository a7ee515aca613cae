"""The Prefect entrypoints that deployments reference load and are flows."""

from prefect.flows import Flow, load_flow_from_entrypoint


def test_flow_entrypoints_load():
    for entrypoint, name in (("flows/curate.py:curate", "curate"), ("flows/publish.py:publish", "publish")):
        flow = load_flow_from_entrypoint(entrypoint)
        assert isinstance(flow, Flow) and flow.name == name


def test_prefect_yaml_declares_the_curate_deployment_with_valid_parameters():
    import inspect
    from pathlib import Path

    import yaml

    spec = yaml.safe_load((Path(__file__).resolve().parents[1] / "prefect.yaml").read_text())
    [deployment] = spec["deployments"]
    flow = load_flow_from_entrypoint(deployment["entrypoint"])
    assert set(deployment["parameters"]) <= set(inspect.signature(flow.fn).parameters)
    assert deployment["schedules"][0]["cron"] == "0 * * * *"


def test_serve_builds_a_scheduled_deployment():
    from flows.curate import curate

    deployment = curate.to_deployment(name="test", cron="*/5 * * * *", parameters={"input_dir": "inbox", "warehouse": "w"})
    assert deployment.schedules[0].schedule.cron == "*/5 * * * *"
    assert deployment.parameters == {"input_dir": "inbox", "warehouse": "w"}
