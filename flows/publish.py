"""Prefect flow `publish`: the warehouse's current validated version as an immutable release."""

from __future__ import annotations

from pathlib import Path

from prefect import flow

from newscurate.release.publish import Release, publish_release
from newscurate.store.warehouse import Warehouse


@flow(name="publish")
def publish(warehouse: str = "warehouse", version: str = "0.1.0", out: str = "releases", include_duplicates: bool = True) -> Release:
    return publish_release(Warehouse(warehouse), version, Path(out), include_duplicates)
