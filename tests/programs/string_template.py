# string.Template: $name, ${name}, $$, substitute/safe_substitute, errors,
# get_identifiers, is_valid, a custom delimiter.
from string import Template

t = Template("$who likes ${what}; costs $$10 ($who)")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bob"))
print(t.get_identifiers(), t.is_valid())
for bad in ("$", "${x", "ok $1"):
    try:
        Template(bad).substitute(x=1)
    except ValueError as e:
        print("ValueError:", e)
    print(Template(bad).safe_substitute(x=1), Template(bad).is_valid())
try:
    Template("$missing").substitute()
except KeyError as e:
    print("KeyError:", e)


class Percent(Template):
    delimiter = "%"


print(Percent("%a and %%").substitute(a="x"))
print(Template("line1\n  $bad-$").safe_substitute(bad=3))
try:
    Template("line1\n  $x $").substitute(x=1)
except ValueError as e:
    print("ValueError:", e)
