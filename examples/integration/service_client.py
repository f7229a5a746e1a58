#!/usr/bin/env python3
"""
Call the dibao-rules service (`dibao serve`) from Python with the standard library only (urllib, json).

For each household of a JSON Lines file: POST /explain with the household and a policy, print the class and
the monthly 低保金 (tab-separated, one line per household), and with --explain the Chinese 核算说明 too.
A refused household (422) prints its issues — the JSON path of each bad field and why — and the run goes on.
The policy is a JSON file, or taken from the Jilin data pack with --region CODE (GET /parameters/CODE?date=
the household's assessment date).

    npx dibao serve --port 8080 &
    python3 examples/integration/service_client.py http://127.0.0.1:8080 examples/households.jsonl \
        --policy examples/policy-changchun.json
    python3 examples/integration/service_client.py http://127.0.0.1:8080 examples/households.jsonl --region 220100
"""
import argparse
import json
import sys
import urllib.error
import urllib.parse
import urllib.request


def call(base, path, body=None):
    """GET (no body) or POST JSON; returns (status, parsed JSON body). Errors are answers, not exceptions."""
    data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
    headers = {} if body is None else {"content-type": "application/json"}
    req = urllib.request.Request(base + path, data=data, headers=headers, method="GET" if body is None else "POST")
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.load(r)
    except urllib.error.HTTPError as e:  # 4xx: the service says what is wrong, as JSON
        return e.code, json.load(e)


def policy_from_pack(base, region, date):
    status, body = call(base, f"/parameters/{urllib.parse.quote(region)}?date={urllib.parse.quote(date)}")
    if status != 200:
        raise SystemExit(f"{region} {date}: {body['error'].get('messageZh') or body['error']['message']}")
    if body["policy"] is None:
        raise SystemExit("; ".join(m["messageZh"] for m in body["missing"]))
    return body["policy"]


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("base", help="the service, e.g. http://127.0.0.1:8080")
    parser.add_argument("households", help="JSON Lines: one household a line")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--policy", help="a policy JSON file")
    source.add_argument("--region", help="a region code of the Jilin data pack, e.g. 220100")
    parser.add_argument("--explain", action="store_true", help="also print the 核算说明")
    args = parser.parse_args(argv)

    status, health = call(args.base, "/health")
    if status != 200:
        raise SystemExit(f"the service at {args.base} is not healthy: {health}")
    fixed_policy = None
    if args.policy:
        with open(args.policy, encoding="utf-8") as f:
            fixed_policy = json.load(f)

    refused = 0
    with open(args.households, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            household = json.loads(line)
            policy = fixed_policy or policy_from_pack(args.base, args.region, household["assessmentDate"])
            status, body = call(args.base, "/explain", {"household": household, "policy": policy})
            if status == 422:
                refused += 1
                for issue in body["error"]["issues"]:
                    print(f"{household.get('id', '?')}\t{issue['path']}: {issue['message']}", file=sys.stderr)
                continue
            if status != 200:
                raise SystemExit(f"unexpected answer {status}: {body}")
            result = body["assessment"]
            benefit = result["benefit"]
            print(f"{result.get('id', '')}\t{result['class']}\t{benefit['totalPerMonth'] if benefit else '-'}")
            if args.explain:
                print(body["text"])
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
