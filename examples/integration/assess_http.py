#!/usr/bin/env python3
"""
Assess one household from Python over the JSON boundary of assess-server.mjs, validating the request
against the published assess-request schema first. Standard library + `jsonschema`.

    node examples/integration/assess-server.mjs 8080 &
    python3 examples/integration/assess_http.py http://localhost:8080 examples/policy-changchun.json
"""
import json
import sys
import urllib.error
import urllib.request

from jsonschema import Draft202012Validator, FormatChecker

HOUSEHOLD = {
    "id": "CC-2018-001",
    "assessmentDate": "2018-09-01",
    "area": "urban",
    "receivingDibao": False,  # unknown would leave the 第11条 exemption (and so the 低保金) undecided
    "members": [
        {"id": "母亲", "birthDate": "1980-05-01", "sex": "female",
         "incomes": [{"kind": "employment", "perMonth": "900"}], "employed": True},
        {"id": "儿子", "birthDate": "2010-03-15", "sex": "male", "incomes": []},
    ],
    "propertyAssessment": {"meetsDibao": True, "meetsLowIncome": True},
}


def main(base, policy_path):
    with open(policy_path, encoding="utf-8") as f:
        request = {"household": HOUSEHOLD, "policy": json.load(f)}
    with urllib.request.urlopen(f"{base}/schemas/assess-request.json") as r:
        schema = json.load(r)
    errors = list(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(request))
    if errors:
        sys.exit("\n".join(f"{'.'.join(map(str, e.path))}: {e.message}" for e in errors))

    body = json.dumps(request, ensure_ascii=False).encode("utf-8")
    req = urllib.request.Request(f"{base}/assess", data=body, headers={"content-type": "application/json"})
    try:
        with urllib.request.urlopen(req) as r:
            result = json.load(r)
    except urllib.error.HTTPError as e:  # 422: the library refused the input, issues name the JSON paths
        for issue in json.load(e)["error"]["issues"]:
            print(f"{issue['path']}: {issue['message']}", file=sys.stderr)
        return 1
    benefit = result["benefit"]
    print(result["class"], benefit["totalPerMonth"] if benefit else "-")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
