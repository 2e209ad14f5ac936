#!/usr/bin/env bash
# Node-side checks of the Call Pickup contract (the Java-side checks run in `mvn verify`):
#   1. npm ci                 - the pinned tools from spec/package-lock.json, nothing global
#   2. redocly lint           - `recommended` rules; fails on any error AND on any warning
#   3. redocly build-docs     - the HTML reference, spec/target/docs/call-pickup-api.html
#   4. openapi-generator      - a typescript-fetch client, spec/target/typescript-client (Maven profile)
#   5. tsc --noEmit --strict  - the generated client type-checks
# Usage: bash spec/scripts/check.sh   (from anywhere; needs node >= 20.19, npm, mvn, java 17)
set -euo pipefail

SPEC_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$SPEC_DIR"

# Redocly must not send usage data from CI, nor look for updates.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1

START=$SECONDS
step() {
    STEP_START=$SECONDS
    echo
    echo "==> $*"
}
done_step() {
    echo "    ($((SECONDS - STEP_START)) s)"
}

step "Tool versions"
for tool in node npm mvn java; do
    command -v "$tool" >/dev/null || { echo "check.sh: '$tool' is not on the PATH" >&2; exit 1; }
done
node -e '
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (!((major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22)) {
    console.error(`check.sh: Redocly CLI 2.77.0 needs Node >=20.19 <21 or >=22.12; this is ${process.version}`);
    process.exit(1);
  }'
echo "node $(node --version), npm $(npm --version)"

step "npm ci (pinned by spec/package-lock.json)"
npm ci --no-audit --no-fund
done_step

step "Redocly lint (recommended rules; errors and warnings both fail)"
mkdir -p target
npx --no-install redocly lint openapi.yaml
# Redocly exits 0 on warnings, so count them from its JSON report.
npx --no-install redocly lint openapi.yaml --format=json >target/redocly-lint.json 2>/dev/null || true
node -e '
  const report = JSON.parse(require("fs").readFileSync("target/redocly-lint.json", "utf8"));
  const { errors, warnings } = report.totals;
  console.log(`Redocly lint result: ${errors} errors, ${warnings} warnings`);
  process.exit(errors + warnings === 0 ? 0 : 1);'
done_step

step "Redocly build-docs -> spec/target/docs/call-pickup-api.html"
npx --no-install redocly build-docs openapi.yaml --output target/docs/call-pickup-api.html
test -s target/docs/call-pickup-api.html
grep -q 'listCallPickups\|Read the List of Call Pickups' target/docs/call-pickup-api.html
done_step

step "OpenAPI Generator typescript-fetch -> spec/target/typescript-client"
# This module's pom only (not the reactor), so another module's state cannot break this check.
mvn -B -q -f pom.xml -Ptypescript generate-sources
test -s target/typescript-client/src/apis/CallPickupApi.ts
done_step

step "tsc --noEmit --strict on the generated client"
npx --no-install tsc --version
npx --no-install tsc --noEmit --strict -p target/typescript-client/tsconfig.json
echo "TypeScript client type-checks."
done_step

echo
echo "spec/scripts/check.sh: all checks passed in $((SECONDS - START)) s"
