import textwrap
t = "The quick brown fox jumps over the lazy dog. A well-known self-evident truth--obviously--holds; supercalifragilisticexpialidocious words get broken, and x-ray e-mail re-use."
for w in (10, 15, 20, 33, 50, 70):
    print(textwrap.wrap(t, w))
print(textwrap.fill(t, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(t, 12, break_on_hyphens=False))
print(textwrap.wrap(t, 12, break_long_words=False))
print(textwrap.shorten("Hello  world! This is long", 12), textwrap.shorten(t, 40))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.indent("a\n\nb\n", "> ")))
print(textwrap.wrap("  leading and trailing  ", 8), textwrap.wrap("", 5), textwrap.wrap("a\tb\nc", 4))
print(textwrap.wrap(t, 30, max_lines=2), textwrap.wrap(t, 30, max_lines=3, placeholder="..."))
