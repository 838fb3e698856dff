# Summarises a CTest JUnit report (ctest --output-junit): how many tests ran, passed, failed and were
# skipped, and for each skipped test the reason GoogleTest gave (the line after "Skipped").
# Usage: awk -f scripts/test-summary.awk REPORT.xml
function attribute(line, name,    pattern) {
  pattern = name "=\"[^\"]*\""
  if (!match(line, pattern)) return ""
  return substr(line, RSTART + length(name) + 2, RLENGTH - length(name) - 3)
}
/<testsuite / { in_suite = 1 }
in_suite && /tests="/ { total = attribute($0, "tests") }
in_suite && /failures="/ { failed = attribute($0, "failures") }
in_suite && /skipped="/ { skipped = attribute($0, "skipped") }
in_suite && />$/ { in_suite = 0 }
/<testcase / { name = attribute($0, "name"); status = attribute($0, "status") }
function unescape(text) {
  gsub(/&lt;/, "<", text); gsub(/&gt;/, ">", text); gsub(/&quot;/, "\"", text); gsub(/&apos;/, "'", text)
  gsub(/&amp;/, "\\&", text)
  return text
}
status == "notrun" && reason_next { reasons[name] = unescape($0); reason_next = 0; next }
status == "notrun" && /: Skipped$/ { reason_next = 1 }
/<\/testcase>/ {
  if (status == "notrun") order[++count] = name
  status = ""; reason_next = 0
}
END {
  passed = total - failed - skipped
  for (i = 1; i <= count; i++) {
    why = (order[i] in reasons) ? reasons[order[i]] : "(no reason given)"
    printf "skipped: %s: %s\n", order[i], why
  }
  printf "tests: %d ran, %d passed, %d failed, %d skipped\n", total - skipped, passed, failed, skipped
  printf "summary: %d passed, %d failed, %d skipped\n", passed, failed, skipped
}
