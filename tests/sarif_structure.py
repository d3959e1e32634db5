"""A structural check of SARIF 2.1.0 logs, written from the OASIS standard (sarif-v2.1.0-errata01-os)
and its JSON schema, for the objects figures writes.

No maintained copy of the schema ships in an installed package, and the tests run offline, so this
checks what the schema says of each object figures uses: its required properties, the type, range
or enumeration of each property, and that no other property appears (the schema's
``"additionalProperties": false``).  ``properties`` bags may hold anything.
"""

from __future__ import annotations

from urllib.parse import urlsplit

STRING, URI, URI_REFERENCE, BOOL, OBJECT = "string", "uri", "uri-reference", "bool", "object"


def minimum(low: int) -> tuple:
    return ("integer", low)


def enum(*values: str) -> tuple:
    return ("enum", values)


def ref(name: str) -> tuple:
    return ("ref", name)


def array(item, min_items: int = 0) -> tuple:
    return ("array", item, min_items)


def strings() -> tuple:
    return ("map", STRING)


LEVEL = enum("none", "note", "warning", "error")

#: definition -> (required properties, at least one of these, {property: type}) from the schema.
DEFINITIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...], dict]] = {
    "sarifLog": (("version", "runs"), (), {
        "$schema": URI, "version": enum("2.1.0"), "runs": array(ref("run")),
        "inlineExternalProperties": array(OBJECT), "properties": OBJECT}),
    "run": (("tool",), (), {
        "tool": ref("tool"), "invocations": array(ref("invocation")), "results": array(ref("result")),
        "columnKind": enum("utf16CodeUnits", "unicodeCodePoints"), "language": STRING,
        "originalUriBaseIds": OBJECT, "artifacts": array(OBJECT), "automationDetails": OBJECT,
        "defaultEncoding": STRING, "defaultSourceLanguage": STRING, "properties": OBJECT}),
    "tool": (("driver",), (), {
        "driver": ref("toolComponent"), "extensions": array(ref("toolComponent")), "properties": OBJECT}),
    "toolComponent": (("name",), (), {
        "guid": STRING, "name": STRING, "organization": STRING, "product": STRING, "fullName": STRING,
        "version": STRING, "semanticVersion": STRING, "dottedQuadFileVersion": STRING,
        "releaseDateUtc": STRING, "downloadUri": URI, "informationUri": URI,
        "shortDescription": ref("multiformatMessageString"), "fullDescription": ref("multiformatMessageString"),
        "rules": array(ref("reportingDescriptor")), "notifications": array(ref("reportingDescriptor")),
        "language": STRING, "properties": OBJECT}),
    "reportingDescriptor": (("id",), (), {
        "id": STRING, "deprecatedIds": array(STRING), "guid": STRING, "name": STRING,
        "shortDescription": ref("multiformatMessageString"), "fullDescription": ref("multiformatMessageString"),
        "messageStrings": OBJECT, "defaultConfiguration": ref("reportingConfiguration"), "helpUri": URI,
        "help": ref("multiformatMessageString"), "relationships": array(OBJECT), "properties": OBJECT}),
    "reportingConfiguration": ((), (), {
        "enabled": BOOL, "level": LEVEL, "rank": ("number",), "parameters": OBJECT, "properties": OBJECT}),
    "multiformatMessageString": (("text",), (), {"text": STRING, "markdown": STRING, "properties": OBJECT}),
    "message": ((), ("text", "id"), {
        "text": STRING, "markdown": STRING, "id": STRING, "arguments": array(STRING), "properties": OBJECT}),
    "invocation": (("executionSuccessful",), (), {
        "executionSuccessful": BOOL, "toolExecutionNotifications": array(ref("notification")),
        "toolConfigurationNotifications": array(ref("notification")), "exitCode": ("integer", None),
        "commandLine": STRING, "arguments": array(STRING), "workingDirectory": ref("artifactLocation"),
        "properties": OBJECT}),
    "notification": (("message",), (), {
        "locations": array(ref("location")), "message": ref("message"), "level": LEVEL, "threadId": ("integer", None),
        "timeUtc": STRING, "exception": OBJECT, "descriptor": OBJECT, "associatedRule": OBJECT,
        "properties": OBJECT}),
    "result": (("message",), (), {
        "ruleId": STRING, "ruleIndex": minimum(-1), "rule": OBJECT,
        "kind": enum("notApplicable", "pass", "fail", "review", "open", "informational"),
        "level": LEVEL, "message": ref("message"), "analysisTarget": ref("artifactLocation"),
        "locations": array(ref("location")), "guid": STRING, "correlationGuid": STRING,
        "occurrenceCount": minimum(1), "partialFingerprints": strings(), "fingerprints": strings(),
        "stacks": array(OBJECT), "codeFlows": array(OBJECT), "graphs": array(OBJECT),
        "graphTraversals": array(OBJECT), "relatedLocations": array(ref("location")),
        "suppressions": array(OBJECT), "baselineState": enum("new", "unchanged", "updated", "absent"),
        "rank": ("number",), "attachments": array(OBJECT), "hostedViewerUri": URI, "workItemUris": array(URI),
        "provenance": OBJECT, "fixes": array(ref("fix")), "taxa": array(OBJECT),
        "webRequest": OBJECT, "webResponse": OBJECT, "properties": OBJECT}),
    "location": ((), (), {
        "id": minimum(-1), "physicalLocation": ref("physicalLocation"), "logicalLocations": array(OBJECT),
        "message": ref("message"), "annotations": array(ref("region")), "relationships": array(OBJECT),
        "properties": OBJECT}),
    "physicalLocation": ((), ("address", "artifactLocation"), {
        "address": OBJECT, "artifactLocation": ref("artifactLocation"), "region": ref("region"),
        "contextRegion": ref("region"), "properties": OBJECT}),
    "artifactLocation": ((), (), {
        "uri": URI_REFERENCE, "uriBaseId": STRING, "index": minimum(-1), "description": ref("message"),
        "properties": OBJECT}),
    "region": ((), (), {
        "startLine": minimum(1), "startColumn": minimum(1), "endLine": minimum(1), "endColumn": minimum(1),
        "charOffset": minimum(-1), "charLength": minimum(0), "byteOffset": minimum(-1), "byteLength": minimum(0),
        "snippet": ref("artifactContent"), "message": ref("message"), "sourceLanguage": STRING,
        "properties": OBJECT}),
    "artifactContent": ((), (), {
        "text": STRING, "binary": STRING, "rendered": ref("multiformatMessageString"), "properties": OBJECT}),
    "fix": (("artifactChanges",), (), {
        "description": ref("message"), "artifactChanges": array(ref("artifactChange"), 1), "properties": OBJECT}),
    "artifactChange": (("artifactLocation", "replacements"), (), {
        "artifactLocation": ref("artifactLocation"), "replacements": array(ref("replacement"), 1),
        "properties": OBJECT}),
    "replacement": (("deletedRegion",), (), {
        "deletedRegion": ref("region"), "insertedContent": ref("artifactContent"), "properties": OBJECT}),
}


def sarif_problems(log: object) -> list[str]:
    """Every way ``log`` departs from the structure above, as ``where: what`` lines (none: valid)."""
    problems: list[str] = []
    _object(log, "sarifLog", "$", problems)
    return problems


def _object(value: object, name: str, where: str, problems: list[str]) -> None:
    if not isinstance(value, dict):
        problems.append(f"{where}: {name} must be an object")
        return
    required, one_of, properties = DEFINITIONS[name]
    problems.extend(f"{where}: {name} lacks required {key!r}" for key in required if key not in value)
    if one_of and not any(key in value for key in one_of):
        problems.append(f"{where}: {name} needs one of {one_of}")
    for key, item in value.items():
        if key not in properties:
            problems.append(f"{where}: {name} has no property {key!r}")
        else:
            _value(item, properties[key], f"{where}.{key}", problems)
    if name == "region" and "startLine" not in value and "charOffset" not in value and "byteOffset" not in value:
        problems.append(f"{where}: a region needs startLine, charOffset or byteOffset")


def _value(value: object, spec, where: str, problems: list[str]) -> None:
    if spec == OBJECT:
        ok = isinstance(value, dict)
    elif spec == STRING:
        ok = isinstance(value, str)
    elif spec == BOOL:
        ok = isinstance(value, bool)
    elif spec == URI:
        ok = isinstance(value, str) and bool(urlsplit(value).scheme) and " " not in value
    elif spec == URI_REFERENCE:
        ok = isinstance(value, str) and " " not in value and value == value.strip()
    elif spec[0] == "integer":
        ok = isinstance(value, int) and not isinstance(value, bool) and (spec[1] is None or value >= spec[1])
    elif spec[0] == "number":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif spec[0] == "enum":
        ok = value in spec[1]
    elif spec[0] == "ref":
        _object(value, spec[1], where, problems)
        return
    elif spec[0] == "map":
        ok = isinstance(value, dict) and all(isinstance(item, str) for item in value.values())
    elif spec[0] == "array":
        if not isinstance(value, list) or len(value) < spec[2]:
            problems.append(f"{where}: must be an array of at least {spec[2]} items")
            return
        for number, item in enumerate(value):
            _value(item, spec[1], f"{where}[{number}]", problems)
        return
    else:  # pragma: no cover
        raise AssertionError(spec)
    if not ok:
        problems.append(f"{where}: {value!r} does not fit {spec}")
