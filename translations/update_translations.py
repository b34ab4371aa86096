#!/usr/bin/env python3
"""Refreshes keel_*.ts from the sources: lupdate over core/, ui/ and app/, then two fixes lupdate
cannot make on its own, then the existing translations carried over.

Usage:  python3 translations/update_translations.py [--lupdate PATH]

1. Core files translate through a file-local helper,
       QString tr(const char *text) { return QCoreApplication::translate("Keel::Store", text); }
   (the context may also be a constant such as kContext), or through a shared helper declared in a
   header (reportTr in core/report). lupdate files those strings under the enclosing class or
   namespace ("Keel", "Keel::Parser"); each is moved to the helper's context — the one it is looked
   up in at run time. Strings with an explicit context (QT_TRANSLATE_NOOP("X", …),
   translate("X", …)) keep it. Shared helpers are passed to lupdate as aliases of tr.
2. Translations are matched by (context, source, disambiguation); a string that is new or changed
   is left "unfinished" for a translator, and strings no longer in the sources are dropped.

keel_en.ts holds only plural forms ("%n project(s)" → "1 project" / "3 projects").
After running it, translate what is unfinished (Qt Linguist, or edit the XML); the ui test
"keel_zh_CN.ts is complete" fails while anything is left.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import OrderedDict
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SOURCES = ["core", "ui", "app"]
CATALOGUES = [("keel_zh_CN.ts", "zh_CN", False), ("keel_en.ts", "en", True)]

# A translating helper: QString NAME(const char *text…) { return QCoreApplication::translate(CTX, text…
HELPER = re.compile(r'QString\s+(\w*[tT]r)\s*\(\s*const\s+char\s*\*\s*\w+[^)]*\)\s*\{\s*return\s+'
                    r'QCoreApplication::translate\(\s*(?:"([^"]+)"|(\w+))')
CONSTANT = r'\b%s\b[^=;]*=\s*"([^"]+)"'
TR_CLASS = re.compile(r'\bQ_OBJECT\b|\bQ_DECLARE_TR_FUNCTIONS\b')
EXPLICIT = re.compile(r'(?:\btranslate|QT_TRANSLATE_NOOP3?|QT_TRANSLATE_N_NOOP3?)\s*\(\s*"([^"]+)"')


def find_lupdate(given):
    if given:
        return given
    for name in ("lupdate6", "lupdate", "/usr/lib/qt6/bin/lupdate", "/usr/lib/qt6/libexec/lupdate"):
        path = shutil.which(name) or (name if os.path.isfile(name) else None)
        if path:
            return path
    sys.exit("lupdate not found; pass --lupdate PATH")


_file_info = {}
_shared = {}  # shared helper function name (not "tr") -> its context


def read(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except (OSError, UnicodeDecodeError):
        return ""


def helpers_in(text):
    """[(function name, context)] of the translating helpers a source file defines."""
    found = []
    for m in HELPER.finditer(text):
        context = m.group(2)
        if context is None:
            c = re.search(CONSTANT % re.escape(m.group(3)), text)
            context = c.group(1) if c else None
        if context:
            found.append((m.group(1), context))
    return found


def scan_shared_helpers():
    for folder, _, files in os.walk(os.path.join(ROOT, "core")):
        for name in files:
            if name.endswith(".cpp"):
                for function, context in helpers_in(read(os.path.join(folder, name))):
                    if function != "tr":
                        _shared[function] = context


def contexts_of(relative):
    """(helper context or None, set of explicit contexts) of a source file named relative to HERE."""
    if relative not in _file_info:
        text = read(os.path.join(HERE, relative))
        local = [c for f, c in helpers_in(text) if f == "tr"]
        helper = local[0] if local else None
        if helper is None and not TR_CLASS.search(text):
            for function, context in _shared.items():
                if re.search(r"\b%s\s*\(" % re.escape(function), text):
                    helper = context
                    break
        _file_info[relative] = (helper, set(EXPLICIT.findall(text)))
    return _file_info[relative]


def runtime_context(context, filename):
    helper, explicit = contexts_of(filename)
    if helper is None or context in explicit:
        return context
    return helper


class Message:
    def __init__(self, source, comment, extracomment, numerus):
        self.source = source
        self.comment = comment
        self.extracomment = extracomment
        self.numerus = numerus
        self.locations = []
        self.type = "unfinished"
        self.text = ""
        self.forms = []


def text_of(element, tag):
    child = element.find(tag)
    return child.text or "" if child is not None else None


def collect(ts_path):
    """Messages of a fresh lupdate run, regrouped by run-time context."""
    contexts = OrderedDict()
    for ctx in ET.parse(ts_path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = text_of(msg, "source") or ""
            comment = text_of(msg, "comment")
            extra = text_of(msg, "extracomment")
            numerus = msg.get("numerus") == "yes"
            for loc in msg.iter("location"):
                # Locations are relative to the fresh file's folder; keep them relative to this one.
                absolute = os.path.normpath(os.path.join(os.path.dirname(ts_path), loc.get("filename")))
                filename = os.path.relpath(absolute, HERE)
                target = runtime_context(name, filename)
                key = (source, comment)
                bucket = contexts.setdefault(target, OrderedDict())
                if key not in bucket:
                    bucket[key] = Message(source, comment, extra, numerus)
                bucket[key].locations.append((filename, int(loc.get("line", "0"))))
    return contexts


def previous_translations(path):
    found = {}
    if not os.path.exists(path):
        return found
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None:
                continue
            kind = tr.get("type") or ""
            if kind in ("vanished", "obsolete"):
                kind = "unfinished"
            forms = [f.text or "" for f in tr.iter("numerusform")]
            found[(name, text_of(msg, "source") or "", text_of(msg, "comment"))] = (kind, tr.text or "", forms)
    return found


def write(path, language, contexts):
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           '<TS version="2.1" language="%s" sourcelanguage="en">' % language]
    for name in sorted(contexts):
        out.append("<context>")
        out.append("    <name>%s</name>" % escape(name))
        messages = sorted(contexts[name].values(), key=lambda m: (m.locations[0], m.source))
        for m in messages:
            out.append('    <message numerus="yes">' if m.numerus else "    <message>")
            for filename, line in sorted(set(m.locations)):
                out.append('        <location filename="%s" line="%d"/>' % (escape(filename), line))
            out.append("        <source>%s</source>" % escape(m.source))
            if m.comment is not None:
                out.append("        <comment>%s</comment>" % escape(m.comment))
            if m.extracomment is not None:
                out.append("        <extracomment>%s</extracomment>" % escape(m.extracomment))
            kind = ' type="%s"' % m.type if m.type else ""
            if m.numerus:
                out.append("        <translation%s>" % kind)
                for form in m.forms:
                    out.append("            <numerusform>%s</numerusform>" % escape(form))
                out.append("        </translation>")
            else:
                out.append("        <translation%s>%s</translation>" % (kind, escape(m.text)))
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def update(lupdate, filename, language, plural_only):
    path = os.path.join(HERE, filename)
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:
        fresh = os.path.join(tmp, filename)
        args = [lupdate, "-silent", "-locations", "absolute", "-no-obsolete", "-source-language", "en",
                "-target-language", language]
        if plural_only:
            args.append("-pluralonly")
        for function in sorted(_shared):
            args += ["-tr-function-alias", "tr+=" + function]
        args += [os.path.join(ROOT, s) for s in SOURCES] + ["-ts", fresh]
        run = subprocess.run(args, stderr=subprocess.PIPE, text=True)
        # The helper-based core files draw "lacks Q_OBJECT macro" warnings; they are handled here.
        for line in run.stderr.splitlines():
            if "lacks Q_OBJECT macro" not in line:
                print(line, file=sys.stderr)
        if run.returncode != 0:
            sys.exit("lupdate failed")
        contexts = collect(fresh)
    old = previous_translations(path)
    unfinished = 0
    for name, bucket in contexts.items():
        for m in bucket.values():
            kind, text, forms = old.get((name, m.source, m.comment), ("unfinished", "", []))
            m.type, m.text, m.forms = kind, text, forms
            if m.numerus and not m.forms:
                m.forms = [""] if language.startswith("zh") else ["", ""]
            if m.type == "unfinished":
                unfinished += 1
    write(path, language, contexts)
    total = sum(len(b) for b in contexts.values())
    print("%s: %d messages, %d unfinished" % (filename, total, unfinished))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lupdate", help="path of Qt 6's lupdate")
    args = parser.parse_args()
    lupdate = find_lupdate(args.lupdate)
    scan_shared_helpers()
    for filename, language, plural_only in CATALOGUES:
        update(lupdate, filename, language, plural_only)


if __name__ == "__main__":
    main()
