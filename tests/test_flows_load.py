"""The Prefect entrypoints that deployments reference load and are flows."""

from prefect.flows import Flow, load_flow_from_entrypoint


def test_flow_entrypoints_load():
    for entrypoint, name in (("flows/curate.py:curate", "curate"), ("flows/publish.py:publish", "publish")):
        flow = load_flow_from_entrypoint(entrypoint)
        assert isinstance(flow, Flow) and flow.name == name
