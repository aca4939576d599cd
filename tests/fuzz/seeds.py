#!/usr/bin/env python3
"""Builds each fuzz target's seed corpus from the shared corpora and tests/data (nothing of it is
committed): seeds.py OUT_DIR [SHARED_DIR]. OUT_DIR/<target>/ gets one file per seed."""
import hashlib
import json
import os
import pathlib
import sys

out = pathlib.Path(sys.argv[1])
shared = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else os.environ.get("STEPWISE_SHARED", ""))
data = pathlib.Path(__file__).resolve().parent.parent / "data"
roots = [p for p in (shared / "corpus", shared / "conformance" / "aws-recorded", data) if p.is_dir()]
MAX = 64 * 1024  # larger seeds only slow the fuzzer down


def put(target, blob):
    if isinstance(blob, str):
        blob = blob.encode("utf-8", "surrogatepass")
    if len(blob) > MAX:
        return
    d = out / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(blob).hexdigest()).write_bytes(blob)


def files(*suffixes):
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.is_file() and p.name.endswith(suffixes):
                yield p


def walk(value, visit, key=""):
    visit(key, value)
    if isinstance(value, dict):
        for k, v in value.items():
            walk(v, visit, k)
    elif isinstance(value, list):
        for v in value:
            walk(v, visit, key)


for p in files(".fz"):
    put("fzreader", p.read_bytes())
for p in files(".stepwise"):
    put("project", p.read_bytes())
for p in files(".yaml", ".yml"):
    put("aslreader", b"\x01" + p.read_bytes())

callbacks = ['{"success": {"ok": true}}', '{"failure": {"error": "Rejected", "cause": "no"}}',
             '{"failure": {}}', '{"success": null}', '{"failure": {"error": 5}}', '{"success": 1e308}']
for c in callbacks:
    put("callback", c)

for p in files(".json"):
    raw = p.read_bytes()
    try:
        doc = json.loads(raw)
    except ValueError:
        put("aslreader", b"\x00" + raw)
        continue
    if isinstance(doc, dict) and "StateMachines" in doc:
        for machine in doc["StateMachines"].values():
            for case in machine.get("TestCases", {}):
                put("mockconfig", case + "\n" + raw.decode("utf-8", "replace"))
        continue
    definition = doc.get("definition") if isinstance(doc, dict) and "definition" in doc else doc
    if not isinstance(definition, dict) or "States" not in definition:
        continue
    put("aslreader", b"\x00" + json.dumps(definition, indent=1).encode())
    inp = json.dumps(doc.get("input", {}) if isinstance(doc, dict) else {})

    def visit(key, value):
        if isinstance(value, str) and value.startswith("States."):
            put("intrinsic", value + "\n" + inp)
        elif isinstance(value, str) and value.startswith("$") and (key.endswith("Path") or key.endswith(".$") or key == "Variable"):
            put("jsonpath", value + "\n" + inp)
        if key == "Choices" and isinstance(value, list):
            for rule in value:
                put("choicerule", json.dumps({"rule": rule, "input": json.loads(inp)}))
    walk(definition, visit)

# JSONata: every case of the reference suite, "EXPR \0 INPUT \0 BINDINGS".
suite = shared / "conformance" / "jsonata-suite"
if (suite / "groups").is_dir():
    for p in sorted((suite / "groups").rglob("*.json")):
        try:
            cases = json.loads(p.read_bytes())
        except ValueError:
            continue
        for case in cases if isinstance(cases, list) else [cases]:
            if not isinstance(case, dict) or not isinstance(case.get("expr"), str):
                continue
            if "data" in case:
                inp = json.dumps(case["data"])
            elif isinstance(case.get("dataset"), str):
                dataset = suite / "datasets" / (case["dataset"] + ".json")
                inp = dataset.read_text() if dataset.is_file() else ""
            else:
                inp = ""
            put("jsonata", case["expr"] + "\0" + inp + "\0" + json.dumps(case.get("bindings", {})))

# The execution target reads bytes as choices: a few spread patterns start it off.
for i in range(16):
    put("execution", bytes((i * 37 + k * 11) % 256 for k in range(64)))

for d in sorted(out.iterdir()):
    print(f"{d.name}: {len(list(d.iterdir()))} seeds")
