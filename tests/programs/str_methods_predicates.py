# isdigit / isalpha / isalnum / isspace / isupper / islower and friends.
samples = ["123", "abc", "abc123", "   ", "", "ABC", "abc ", "Hello", "HELLO1", "hello1", "1.5",
           "-1", "\t\n", "ü", "_", "Title Case"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.isdecimal(), s.isnumeric(), s.istitle())
print("abc".isidentifier(), "1abc".isidentifier(), "_x1".isidentifier(), "ab cd".isprintable(), "a\nb".isprintable())
print(sum(1 for c in "Hello World 2024!" if c.isupper()), sum(1 for c in "Hello World 2024!" if c.isdigit()))
