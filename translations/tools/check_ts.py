#!/usr/bin/env python3
"""Checks a translated .ts file: every message finished, the same placeholders as the source,
the & mnemonic kept (as "(&X)" for Chinese), the same leading/trailing white space and the
same number of lines. Exit status 1 lists what is wrong.

    translations/tools/check_ts.py translations/stepwise_zh_CN.ts
"""
import collections
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%(?:L?\d+|n)')
MNEMONIC = re.compile(r'&([^&\s])')


def mnemonic(text):
    m = MNEMONIC.search(text.replace('&&', ''))
    return m.group(1).upper() if m else None


def edges(text):
    return (text[:len(text) - len(text.lstrip())], text[len(text.rstrip()):])


def check(path):
    problems = []
    messages = 0
    sources = set()
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            messages += 1
            source = message.findtext('source') or ''
            sources.add(source)
            tr = message.find('translation')
            where = f'[{name}] {source!r}'
            if tr is None or tr.get('type') in ('unfinished', 'vanished', 'obsolete'):
                problems.append(f'{where}: unfinished')
                continue
            if message.get('numerus') == 'yes':
                forms = [f.text or '' for f in tr.findall('numerusform')]
                if len(forms) != 1:
                    problems.append(f'{where}: {len(forms)} numerus forms, zh_CN has one')
            else:
                forms = [tr.text or '']
            for text in forms:
                if not text.strip():
                    problems.append(f'{where}: empty translation')
                    continue
                want = collections.Counter(PLACEHOLDER.findall(source))
                got = collections.Counter(PLACEHOLDER.findall(text))
                if want != got:
                    problems.append(f'{where}: placeholders {dict(want)} became {dict(got)}')
                key = mnemonic(source)
                if key and f'(&{key})' not in text and mnemonic(text) != key:
                    problems.append(f'{where}: mnemonic &{key} lost in {text!r}')
                if edges(source) != edges(text):
                    problems.append(f'{where}: leading/trailing white space differs')
                if source.count('\n') != text.count('\n'):
                    problems.append(f'{where}: {source.count(chr(10))} line breaks became '
                                    f'{text.count(chr(10))}')
    return messages, len(sources), problems


def main():
    status = 0
    for path in sys.argv[1:]:
        messages, sources, problems = check(path)
        print(f'{path}: {messages} messages, {sources} distinct source texts, '
              f'{len(problems)} problems')
        for p in problems:
            print('  ' + p)
        status |= bool(problems)
    return status


if __name__ == '__main__':
    sys.exit(main())
