"""`make lint`'s dependency audit: pip-audit, failing on known vulnerabilities only.

pip-audit needs an advisory database on the network (PyPI's JSON API or OSV). Where that cannot
be reached (an offline machine, a registry mirror without the JSON API), every package comes
back "could not be audited": that is reported loudly but does not fail the build, because it
says nothing about our dependencies. Set JOINTWATCH_AUDIT_STRICT=1 to fail then as well.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys


def main() -> int:
    strict = os.environ.get("JOINTWATCH_AUDIT_STRICT") == "1"
    cmd = [sys.executable, "-m", "pip_audit", "-f", "json", "--progress-spinner", "off"]
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=600, check=False)  # noqa: S603
    except subprocess.TimeoutExpired:
        print("pip-audit: timed out reaching its advisory database; not audited")
        return 1 if strict else 0
    try:
        report = json.loads(proc.stdout)
        deps = report["dependencies"]
    except (ValueError, KeyError, TypeError):
        tail = proc.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["no output"]
        print(f"pip-audit: could not run ({tail[0][:200]}); not audited")
        return 1 if strict else 0
    vulnerable = [d for d in deps if d.get("vulns")]
    audited = [d for d in deps if "skip_reason" not in d]
    for dep in vulnerable:
        ids = ", ".join(v["id"] for v in dep["vulns"])
        print(f"pip-audit: {dep['name']} {dep['version']} has known vulnerabilities: {ids}")
    if vulnerable:
        return 1
    if not audited:
        print(
            f"pip-audit: WARNING: the advisory database is unreachable from here; "
            f"0 of {len(deps)} packages audited (not a failure; JOINTWATCH_AUDIT_STRICT=1 makes it one)"
        )
        return 1 if strict else 0
    print(f"pip-audit: {len(audited)} of {len(deps)} packages audited, no known vulnerabilities")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
