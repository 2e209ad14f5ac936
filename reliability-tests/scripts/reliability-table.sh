#!/usr/bin/env bash
# Regenerates the reliability table from the Surefire reports of reliability-tests and writes it
# between <!-- reliability-table:start --> and <!-- reliability-table:end --> in a Markdown file.
#
#   reliability-tests/scripts/reliability-table.sh [markdown-file]     (default: README.md at the root)
#
# Run `mvn -B verify` first: the counts come from reliability-tests/target/surefire-reports.
set -euo pipefail
module="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
markdown="${1:-$module/../README.md}"
exec java "$module/src/test/java/dev/callpickup/reliability/table/ReliabilityTable.java" \
  "$module/target/surefire-reports" "$module/src/test/java" "$markdown"
