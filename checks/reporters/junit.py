"""JUnit XML: one test case per file, failing when it has a finding at or above --fail-on."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from pmlint.checks.reporters.common import Report, position
from pmlint.timeline.printable import xml_safe


def render(report: Report) -> str:
    suite = ET.Element("testsuite", name="pmlint")
    failures = errors = 0
    for result in report.results:
        case = ET.SubElement(suite, "testcase", classname="pmlint", name=result.path)
        if result.error:
            errors += 1
            ET.SubElement(case, "error", message=result.error, type="unreadable")
            continue
        failing = [f for f in result.findings if report.failing(f)]
        lines = [f"{f.path}:{position(f)}: {f.severity} {f.rule} {f.message}"
                 for f in result.findings]
        if failing:
            failures += 1
            failure = ET.SubElement(case, "failure", type=failing[0].rule,
                                    message=f"{len(failing)} finding"
                                            f"{'s' if len(failing) != 1 else ''} at or above "
                                            f"{report.fail_on}")
            failure.text = "\n".join(lines)
        elif lines:
            ET.SubElement(case, "system-out").text = "\n".join(lines)
    suite.set("tests", str(len(report.results)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    root = ET.Element("testsuites", name="pmlint", tests=str(len(report.results)),
                      failures=str(failures), errors=str(errors))
    root.append(suite)
    for element in root.iter():  # text from documents may hold what XML cannot
        element.attrib = {k: xml_safe(v) for k, v in element.attrib.items()}
        if element.text:
            element.text = xml_safe(element.text)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") \
        + "\n"
