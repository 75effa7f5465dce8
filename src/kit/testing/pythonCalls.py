"""Lists the calls, imports and constants of a Python file as JSON, for the kit's Python worker tests."""
import ast
import json
import sys


def dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return dotted(node.value) + "." + node.attr
    if isinstance(node, ast.Call):
        return dotted(node.func) + "()"
    if isinstance(node, ast.Subscript):
        return dotted(node.value) + "[]"
    return type(node).__name__


def value(node):
    return node.value if isinstance(node, ast.Constant) else dotted(node)


tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())
calls, imports, assigns, attributes, compares, slices = [], [], {}, set(), [], []
for node in ast.walk(tree):
    if isinstance(node, ast.Call):
        calls.append({"name": dotted(node.func), "args": [value(a) for a in node.args], "keywords": sorted(k.arg for k in node.keywords if k.arg)})
    elif isinstance(node, ast.ImportFrom):
        imports += ["from %s import %s" % (node.module, a.name) for a in node.names]
    elif isinstance(node, ast.Import):
        imports += ["import %s" % a.name for a in node.names]
    elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Constant):
        assigns[node.targets[0].id] = node.value.value
    elif isinstance(node, ast.Attribute):
        attributes.add(dotted(node))
    elif isinstance(node, ast.Compare) and len(node.comparators) == 1:
        compares.append([dotted(node.left), type(node.ops[0]).__name__, value(node.comparators[0])])
    elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice) and isinstance(node.slice.upper, ast.Constant):
        slices.append([dotted(node.value), node.slice.upper.value])
print(json.dumps({"calls": calls, "imports": imports, "assigns": assigns, "attributes": sorted(attributes), "compares": compares, "slices": slices}))
