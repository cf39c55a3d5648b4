import io
import xml.etree.ElementTree as ET

root = ET.Element("root", {"a": "1"}, b="2")
c1 = ET.SubElement(root, "child", name="x & y")
c1.text = "text <1>"
c1.tail = "\n"
c2 = ET.SubElement(root, "child", name="q\"uote")
ET.SubElement(c2, "leaf").text = "L"
ET.SubElement(root, "empty")
root.append(ET.Comment(" a comment "))
print(ET.tostring(root))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root, encoding="utf8"))
print(len(root), root[0].tag, [e.tag for e in root][:3], root.get("a"), root.get("zz", "d"), sorted(root.keys()), list(root.items()))
print(root.find("child").get("name"), [e.get("name") for e in root.findall("child")], root.find(".//leaf").text, root.findtext("child"), root.findtext("nope", "dflt"))
print([e.tag for e in root.iter()][:5], [e.tag for e in root.iter("leaf")], list(root.itertext()))
print(root.find("child[@name='q\"uote']") is c2, root.findall("./child/leaf")[0].text, len(root.findall(".//*")), root.find("child[2]") is c2)
doc = b"""<?xml version="1.0" encoding="utf-8"?>
<!-- lead -->
<catalog xmlns:x="http://example.com/x">
  <book id="b1" lang='en'>
    <title>Caf\xc3\xa9 &amp; Cr&#232;me &lt;3&gt; &#x41;</title>
    <x:price currency="EUR">12.50</x:price>
    <![CDATA[raw <stuff> & things]]>
  </book>
  <book id="b2"/>
  <?proc instruction?>
</catalog>
"""
cat = ET.fromstring(doc)
print(cat.tag, len(cat), cat[0].attrib, repr(cat[0][0].text), cat[0][1].tag, cat[0][1].attrib, repr(cat[0][1].tail), repr(cat[0][1].tail))
print(ET.tostring(cat))
print([(ev, el.tag) for ev, el in ET.iterparse(io.BytesIO(doc), ("start", "end"))])
tree = ET.ElementTree(cat)
buf = io.BytesIO()
tree.write(buf)
print(buf.getvalue()[:60])
buf = io.BytesIO()
tree.write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue()[:60])
print(tree.getroot() is cat, tree.find("book").get("id"), [b.get("id") for b in tree.iterfind("book")])
new = ET.Element("n")
new[:] = root[0:2]
print(len(new), new[1].tag)
del new[:]
print(len(new))
ns = ET.Element("{http://a.example/}top")
ET.SubElement(ns, "{http://a.example/}sub", {"{http://b.example/}attr": "v"})
print(ET.tostring(ns))
for bad in (b"<a><b></a>", b"<a>&nope;</a>", b"", b"<a></a><b/>", b"<a", b"text"):
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print("ParseError", e, e.position)
x = ET.XML("<r><i>1</i><i>2</i></r>")
x.remove(x[0])
x.insert(0, ET.Element("z"))
print(ET.tostring(x), ET.iselement(x), x.find("i").text)
e = ET.Element("t")
e.text = "\u20ac"
print(ET.tostring(e), ET.tostring(e, encoding="unicode"))
ET.indent(cat)
print(ET.tostring(cat, encoding="unicode")[:120])
ET.dump(ET.fromstring("<d>x</d>"))
