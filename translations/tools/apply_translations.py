#!/usr/bin/env python3
"""Fills a Qt Linguist .ts file from a JSON map source text -> translation.

    translations/tools/apply_translations.py translations/stepwise_zh_CN.ts \
        translations/stepwise_zh_CN.json

The map is {"messages": {source: translation}, "by_context": {context: {source: translation}}};
a by_context entry wins over the plain one. Only <translation> elements change: the rest of
the file (locations, order, lupdate's escaping) stays byte for byte, so a diff after lupdate
shows only what changed. Messages the map does not know stay unfinished and are listed.
Numerus messages get one <numerusform> (Chinese has one plural form).
"""
import html
import json
import re
import sys

MESSAGE = re.compile(r'<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>', re.S)
CONTEXT = re.compile(r'<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>', re.S)
SOURCE = re.compile(r'<source>(.*?)</source>', re.S)
TRANSLATION = re.compile(r'(?P<indent>[ \t]*)<translation[^>]*?(?:/>|>.*?</translation>)', re.S)


def escape(text):
    # The same entities lupdate writes, so an untouched file and ours look alike.
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def translation_xml(indent, text, numerus):
    if numerus:
        return (f'{indent}<translation>\n{indent}    <numerusform>{escape(text)}</numerusform>\n'
                f'{indent}</translation>')
    return f'{indent}<translation>{escape(text)}</translation>'


def apply(ts_text, messages, by_context):
    missing = []
    done = 0

    def message(context, m):
        nonlocal done
        body = m.group('body')
        source = html.unescape(SOURCE.search(body).group(1))
        text = by_context.get(context, {}).get(source, messages.get(source))
        if text is None:
            missing.append((context, source))
            return m.group(0)
        numerus = 'numerus="yes"' in m.group('attrs')
        new_body = TRANSLATION.sub(
            lambda t: translation_xml(t.group('indent'), text, numerus), body, count=1)
        done += 1
        return f'<message{m.group("attrs")}>{new_body}</message>'

    def context(c):
        name = html.unescape(c.group('name'))
        body = MESSAGE.sub(lambda m: message(name, m), c.group('body'))
        return c.group(0).replace(c.group('body'), body, 1)

    return CONTEXT.sub(context, ts_text), done, missing


def main():
    ts_path, map_path = sys.argv[1], sys.argv[2]
    with open(map_path, encoding='utf-8') as f:
        data = json.load(f)
    with open(ts_path, encoding='utf-8') as f:
        ts_text = f.read()
    out, done, missing = apply(ts_text, data.get('messages', {}), data.get('by_context', {}))
    with open(ts_path, 'w', encoding='utf-8') as f:
        f.write(out)
    print(f'{ts_path}: {done} messages translated, {len(missing)} left unfinished')
    for context, source in missing:
        print(f'  unfinished [{context}] {source!r}')
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
