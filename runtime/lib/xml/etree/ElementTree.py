"""The ElementTree XML API (Kiln's own, pure Python).

Element trees (Element, SubElement, Comment, ProcessingInstruction, ElementTree), a
non-validating XML parser (XMLParser, TreeBuilder, fromstring, parse, iterparse, with
namespaces expanded to "{uri}local" as expat does), the simple path language of
find/findall/iterfind/findtext, and CPython's serializer (tostring, tostringlist,
ElementTree.write, dump, register_namespace). Not here: the HTML and C14N writers, DTD
entity declarations, XInclude."""

import io
import re

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
    "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
    "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
    "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
    "register_namespace",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    pass


def iselement(element):
    return hasattr(element, "tag")


class Element:
    """An XML element: a tag, an attribute dict, text, tail, and a list of children."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("attrib must be dict, not %s" % (attrib.__class__.__name__,))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        elem = self.makeelement(self.tag, deepcopy(self.attrib, memo))
        elem.text = self.text
        elem.tail = self.tail
        elem._children = [deepcopy(child, memo) for child in self._children]
        return elem

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        import warnings
        warnings.warn(
            "The behavior of this method will change in future versions.  "
            "Use specific 'len(elem)' or 'elem is not None' test instead.",
            FutureWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            for elt in element:
                self._assert_is_element(elt)
        else:
            self._assert_is_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def append(self, subelement):
        self._assert_is_element(subelement)
        self._children.append(subelement)

    def extend(self, elements):
        for element in elements:
            self._assert_is_element(element)
            self._children.append(element)

    def insert(self, index, subelement):
        self._assert_is_element(subelement)
        self._children.insert(index, subelement)

    def _assert_is_element(self, e):
        if not isinstance(e, Element):
            raise TypeError("expected an Element, not %s" % type(e).__name__)

    def remove(self, subelement):
        self._children.remove(subelement)

    def find(self, path, namespaces=None):
        return next(_iterfind(self, path, namespaces), None)

    def findtext(self, path, default=None, namespaces=None):
        elem = self.find(path, namespaces)
        if elem is None:
            return default
        return elem.text or ""

    def findall(self, path, namespaces=None):
        return list(_iterfind(self, path, namespaces))

    def iterfind(self, path, namespaces=None):
        return _iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for e in self._children:
            yield from e.iter(tag)

    def itertext(self):
        # Comment and processing-instruction text included, as CPython's C module does.
        t = self.text
        if t:
            yield t
        for e in self:
            yield from e.itertext()
            t = e.tail
            if t:
                yield t


def SubElement(parent, tag, attrib={}, **extra):
    attrib = {**attrib, **extra}
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        if isinstance(other, QName):
            return self.text == other.text
        return self.text == other

    def __lt__(self, other):
        if isinstance(other, QName):
            return self.text < other.text
        return self.text < other


# ---- the path language (ElementPath's common subset) ------------------------------------

_path_token = re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
    r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+")


def _expand(tag, namespaces):
    if tag[:1] == "{" or ":" not in tag:
        if namespaces and "" in namespaces and tag[:1] != "{" and tag != "*":
            return "{%s}%s" % (namespaces[""], tag)
        return tag
    prefix, local = tag.split(":", 1)
    try:
        return "{%s}%s" % (namespaces[prefix], local)
    except (KeyError, TypeError):
        raise SyntaxError("prefix %r not found in prefix map" % prefix) from None


def _tokenize(path):
    for m in _path_token.finditer(path):
        op, tag = m.group(1), m.group(2)
        if op or tag:
            yield op, tag


def _compile_path(path, namespaces):
    """A list of selector functions, each mapping an iterable of elements to another."""
    if path[-1:] == "/":
        raise SyntaxError("cannot use absolute path on element" if path[:1] == "/"
                          else "invalid path")
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    tokens = list(_tokenize(path))
    selectors = []
    i = 0

    def child_tag(tag):
        def select(elems):
            for e in elems:
                for c in e:
                    if tag is None or c.tag == tag:
                        yield c
        return select

    def descendant_tag(tag):
        def select(elems):
            for e in elems:
                for c in e.iter(tag):
                    if c is not e:
                        yield c
        return select

    def select_self(elems):
        yield from elems

    parent_of = {}

    def select_parent(elems):
        seen = set()
        for e in elems:
            p = parent_of.get(id(e))
            if p is not None and id(p) not in seen:
                seen.add(id(p))
                yield p

    def with_predicate(select, pred):
        def run(elems):
            return pred(select(elems))
        return run

    while i < len(tokens):
        op, tag = tokens[i]
        descend = False
        if op == "//":
            descend = True
            i += 1
            if i >= len(tokens):
                raise SyntaxError("invalid descendant")
            op, tag = tokens[i]
        elif op == "/":
            i += 1
            continue
        if tag:
            t = _expand(tag, namespaces)
            t = None if t == "*" else t
            sel = descendant_tag(t) if descend else child_tag(t)
        elif op == "*":
            sel = descendant_tag(None) if descend else child_tag(None)
        elif op == ".":
            sel = descendant_tag(None) if descend else select_self
            if descend:
                sel = _or_self(sel)
        elif op == "..":
            sel = select_parent
        else:
            raise SyntaxError("invalid path")
        i += 1
        while i < len(tokens) and tokens[i][0] == "[":
            j = i + 1
            while j < len(tokens) and tokens[j][0] != "]":
                j += 1
            if j >= len(tokens):
                raise SyntaxError("invalid predicate")
            sel = with_predicate(sel, _predicate(tokens[i + 1:j], namespaces))
            i = j + 1
        selectors.append(sel)
    return selectors, parent_of


def _or_self(select):
    def run(elems):
        for e in elems:
            yield e
            yield from select([e])
    return run


def _predicate(tokens, namespaces):
    sig = "".join("-" if tag else op for op, tag in tokens)
    values = [tag or op for op, tag in tokens]

    def unquote(s):
        return s[1:-1] if s[:1] in "'\"" else s

    if sig == "@-":
        key = values[1]
        return lambda elems: (e for e in elems if e.get(key) is not None)
    if sig in ("@-='", "@-=-") or (len(values) == 4 and values[0] == "@" and values[2] == "="):
        key, value = values[1], unquote(values[3])
        return lambda elems: (e for e in elems if e.get(key) == value)
    if len(values) == 4 and values[0] == "@" and values[2] == "!=":
        key, value = values[1], unquote(values[3])
        return lambda elems: (e for e in elems if e.get(key) != value)
    if sig == "-" and not values[0][:1].isdigit() and values[0] != "last":
        tag = _expand(values[0], namespaces)
        return lambda elems: (e for e in elems if e.find(tag) is not None)
    if len(values) == 3 and values[1] == "=" and values[0] not in (".",):
        tag, value = _expand(values[0], namespaces), unquote(values[2])
        return lambda elems: (e for e in elems
                              if any("".join(c.itertext()) == value for c in e.findall(tag)))
    if len(values) == 3 and values[0] == "." and values[1] == "=":
        value = unquote(values[2])
        return lambda elems: (e for e in elems if "".join(e.itertext()) == value)
    if sig == "-" or values[:1] == ["last"]:
        if values[0][:1].isdigit():
            index = int(values[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            text = "".join(values)
            if text == "last()":
                index = -1
            elif text.startswith("last()-"):
                index = -1 - int(text[7:])
            else:
                raise SyntaxError("unsupported expression")

        def nth(elems):
            groups = {}
            order = []
            for e in elems:
                key = id(getattr(e, "_kiln_parent", None))
                if key not in groups:
                    groups[key] = []
                    order.append(key)
                groups[key].append(e)
            for key in order:
                g = groups[key]
                try:
                    yield g[index]
                except IndexError:
                    pass
        return nth
    raise SyntaxError("invalid predicate")


def _iterfind(elem, path, namespaces=None):
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    selectors, parent_of = _compile_path(path, namespaces)
    if any(t[0] == ".." for t in _tokenize(path)):
        for p in elem.iter():
            for c in p:
                parent_of[id(c)] = p
    result = [elem]
    for select in selectors:
        result = select(result)
    return iter(result)


# ---- ElementTree ------------------------------------------------------------------------

class ElementTree:
    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _rooted(self, path):
        if path[:1] == "/":
            import warnings
            warnings.warn("This search is broken in 1.3 and earlier, and will be fixed "
                          "in a future version.  If you rely on the current behaviour, "
                          "change it to %r" % ("." + path), FutureWarning, stacklevel=3)
            path = "." + path
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._rooted(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._rooted(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._rooted(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._rooted(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        if not method:
            method = "xml"
        elif method not in ("xml", "text", "html"):
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "us-ascii"
        with _get_writer(file_or_filename, encoding) as (write, declared_encoding):
            if method == "xml" and (xml_declaration or (
                    xml_declaration is None and encoding.lower() != "unicode"
                    and declared_encoding.lower() not in ("utf-8", "us-ascii"))):
                write("<?xml version='1.0' encoding='%s'?>\n" % (declared_encoding,))
            if method == "text":
                for part in self._root.itertext():
                    write(part)
            else:
                qnames, namespaces = _namespaces(self._root, default_namespace)
                _serialize_xml(write, self._root, qnames, namespaces,
                               short_empty_elements=short_empty_elements)


class _Writer:
    """The write function `ElementTree.write` uses: str pieces collected, then encoded
    once (character references for what the encoding cannot hold)."""

    def __init__(self, target, encoding):
        self.target = target
        self.encoding = encoding
        self.parts = []

    def __enter__(self):
        enc = self.encoding
        declared = "utf-8" if enc.lower() == "unicode" else enc
        return self.parts.append, declared

    def __exit__(self, *exc):
        if exc[0] is not None:
            return False
        text = "".join(self.parts)
        enc = self.encoding.lower()
        if enc == "unicode":
            data = text
        else:
            codec = _codec_name(enc)
            limit = {"ascii": "\x7f", "latin-1": "\xff"}.get(codec)
            if limit is not None:
                text = re.sub("[^\x00-%s]" % limit, lambda m: "&#%d;" % ord(m.group()), text)
            data = text.encode(codec)
        target = self.target
        if hasattr(target, "write"):
            target.write(data)
        else:
            mode = "w" if enc == "unicode" else "wb"
            kwargs = {"encoding": "utf-8", "errors": "xmlcharrefreplace"} if mode == "w" else {}
            with open(target, mode, **kwargs) as f:
                f.write(data)
        return False


def _codec_name(enc):
    enc = enc.lower().replace("_", "-")
    if enc in ("utf8", "utf-8"):
        return "utf-8"
    if enc in ("us-ascii", "ascii"):
        return "ascii"
    if enc in ("latin-1", "latin1", "iso-8859-1", "iso8859-1"):
        return "latin-1"
    return enc


def _get_writer(file_or_filename, encoding):
    return _Writer(file_or_filename, encoding)


_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _namespaces(elem, default_namespace=None):
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add_qname(qname):
        try:
            if qname[:1] == "{":
                uri, tag = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                if prefix:
                    qnames[qname] = "%s:%s" % (prefix, tag)
                else:
                    qnames[qname] = tag
            else:
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with default_namespace "
                                     "option")
                qnames[qname] = qname
        except TypeError:
            raise TypeError("cannot serialize %r (type %s)" % (qname, type(qname).__name__))

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            raise TypeError("cannot serialize %r (type %s)" % (tag, type(tag).__name__))
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, QName) and value.text not in qnames:
                add_qname(value.text)
        text = e.text
        if isinstance(text, QName) and text.text not in qnames:
            add_qname(text.text)
    return qnames, namespaces


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements, **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_xml(write, e, qnames, None, short_empty_elements=short_empty_elements)
        else:
            write("<" + tag)
            items = list(elem.items())
            if items or namespaces:
                if namespaces:
                    for v, k in sorted(namespaces.items(), key=lambda x: x[1]):
                        if k:
                            k = ":" + k
                        write(' xmlns%s="%s"' % (k, _escape_attrib(v)))
                for k, v in items:
                    if isinstance(k, QName):
                        k = k.text
                    if isinstance(v, QName):
                        v = qnames[v.text]
                    else:
                        v = _escape_attrib(v)
                    write(' %s="%s"' % (qnames[k], v))
            if text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for e in elem:
                    _serialize_xml(write, e, qnames, None,
                                   short_empty_elements=short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _escape_cdata(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        return text
    except (TypeError, AttributeError):
        raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))


def _escape_attrib(text):
    text = _escape_cdata(text)
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    if "\n" in text:
        text = text.replace("\n", "&#10;")
    if "\t" in text:
        text = text.replace("\t", "&#09;")
    return text


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    stream = io.StringIO() if encoding == "unicode" else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    import sys
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError("Initial indentation level must be >= 0, got %d" % level)
    if not len(tree):
        return
    indentations = ["\n" + level * space]

    def _indent_children(elem, level):
        child_level = level + 1
        try:
            child_indentation = indentations[child_level]
        except IndexError:
            child_indentation = indentations[level] + space
            indentations.append(child_indentation)
        if not elem.text or not elem.text.strip():
            elem.text = child_indentation
        for child in elem:
            if len(child):
                _indent_children(child, child_level)
            if not child.tail or not child.tail.strip():
                child.tail = child_indentation
        if not child.tail.strip():
            child.tail = indentations[level]

    _indent_children(tree, 0)


# ---- parsing ------------------------------------------------------------------------------

def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def iterparse(source, events=None, parser=None):
    close_source = False
    if not hasattr(source, "read"):
        source = open(source, "rb")
        close_source = True
    pull = XMLPullParser(events=events, _parser=parser)

    class IterParseIterator:
        root = None

        def __iter__(self):
            return self

        def __next__(self):
            while True:
                for event in pull.read_events():
                    return event
                if pull._parser is None:
                    if close_source:
                        source.close()
                    raise StopIteration
                data = source.read(16 * 1024)
                if data:
                    pull.feed(data)
                else:
                    self.root = pull._close_and_return_root()

    return IterParseIterator()


class XMLPullParser:
    def __init__(self, events=None, *, _parser=None):
        self._events_queue = []
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ("end",)
        self._parser._setevents(self._events_queue, events)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events_queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        events = self._events_queue
        while events:
            event = events.pop(0)
            if isinstance(event, Exception):
                raise event
            yield event

    def flush(self):
        pass


def XML(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


class TreeBuilder:
    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        if comment_factory is None:
            comment_factory = Comment
        self._comment_factory = comment_factory
        self.insert_comments = insert_comments
        if pi_factory is None:
            pi_factory = ProcessingInstruction
        self._pi_factory = pi_factory
        self.insert_pis = insert_pis
        if element_factory is None:
            element_factory = Element
        self._factory = element_factory

    def close(self):
        assert len(self._elem) == 0, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    assert self._last.tail is None, "internal error (tail)"
                    self._last.tail = text
                else:
                    assert self._last.text is None, "internal error (text)"
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        assert self._last.tag == tag, "end tag mismatch (expected %s, got %s)" % (
            self._last.tag, tag)
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._handle_single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._handle_single(self._pi_factory, self.insert_pis, target, text)

    def _handle_single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_name_start = r"[A-Za-z_:\u00c0-\U000effff]"
_name_char = r"[-.0-9A-Za-z_:\u00b7\u00c0-\U000effff]"
_NAME = _name_start + _name_char + "*"
_token_re = re.compile(
    r"<!--(?P<comment>.*?)-->"
    r"|<!\[CDATA\[(?P<cdata>.*?)\]\]>"
    r"|<\?(?P<pi>" + _NAME + r")(?P<pidata>.*?)\?>"
    r"|<!DOCTYPE(?P<doctype>(?:[^\[>]|\[[^\]]*\])*)>"
    r"|</(?P<end>" + _NAME + r")\s*>"
    r"|<(?P<start>" + _NAME + r")(?P<attrs>(?:\s+" + _NAME +
    r"\s*=\s*(?:\"[^\"<]*\"|'[^'<]*'))*)\s*(?P<empty>/?)>"
    r"|(?P<text>[^<]+)",
    re.DOTALL)
_attr_re = re.compile(r"(" + _NAME + r")\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_ref_re = re.compile(r"&(#[0-9]+|#x[0-9a-fA-F]+|" + _NAME + ");")


class XMLParser:
    """A non-validating XML parser feeding a target (TreeBuilder by default). Data is
    collected by feed() and parsed at close(), so errors carry the position expat would
    report for the common cases (mismatched tags, undefined entities, bad tokens)."""

    def __init__(self, *, target=None, encoding=None):
        if target is None:
            target = TreeBuilder()
        self.target = self._target = target
        self._encoding = encoding
        self._chunks = []
        self._events = None
        self._names = None
        self.version = "Expat 2.5.0"

    def _setevents(self, events_queue, events_to_report):
        self._events = events_queue
        self._names = set(events_to_report)
        for name in self._names:
            if name not in ("start", "end", "start-ns", "end-ns", "comment", "pi"):
                raise ValueError("unknown event %r" % name)

    def feed(self, data):
        self._chunks.append(data)

    def _text_of(self, data):
        if isinstance(data, str):
            return data
        enc = self._encoding
        if enc is None:
            m = re.match(rb"<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']", data)
            enc = m.group(1).decode("ascii") if m else "utf-8"
        text = data.decode(_codec_name(enc))
        if text[:1] == "\ufeff":
            text = text[1:]
        return text

    def _error(self, message, text, pos):
        line = text.count("\n", 0, pos) + 1
        column = pos - (text.rfind("\n", 0, pos) + 1)
        err = ParseError("%s: line %d, column %d" % (message, line, column))
        err.code = 0
        err.position = (line, column)
        raise err

    def _unescape(self, s, text, pos):
        if "&" not in s:
            return s

        def ref(m):
            name = m.group(1)
            if name[0] == "#":
                return chr(int(name[2:], 16) if name[1] == "x" else int(name[1:]))
            try:
                return _ENTITIES[name]
            except KeyError:
                self._error("undefined entity", text, pos + m.start())
        out = _ref_re.sub(ref, s)
        if "&" in _ref_re.sub("", s):
            self._error("not well-formed (invalid token)", text, pos + s.index("&"))
        return out

    def close(self):
        chunks = self._chunks
        self._chunks = []
        if chunks and isinstance(chunks[0], str):
            text = "".join(chunks)
        else:
            data = b"".join(c if isinstance(c, bytes) else bytes(c) for c in chunks)
            text = self._text_of(data)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._parse(text)
        try:
            close = self.target.close
        except AttributeError:
            return None
        return close()

    def _parse(self, text):
        target = self.target
        events = self._events
        names = self._names or ()
        report_start = "start" in names
        report_end = "end" in names
        report_ns = "start-ns" in names or "end-ns" in names
        start = getattr(target, "start", None)
        end = getattr(target, "end", None)
        data = getattr(target, "data", None)
        comment = getattr(target, "comment", None)
        pi = getattr(target, "pi", None)
        stack = []
        ns_stack = [{"xml": "http://www.w3.org/XML/1998/namespace"}]
        declared_stack = []
        root_done = False
        seen_root = False
        pos = 0
        n = len(text)
        if text.startswith("<?xml"):
            end_decl = text.find("?>")
            if end_decl < 0:
                self._error("unclosed token", text, 0)
            pos = end_decl + 2
        match = _token_re.match

        def close_element(tag):
            """End the innermost element (an end tag or `/>`); True at the root's end."""
            stack.pop()
            elem = end(tag) if end is not None else None
            if report_end:
                events.append(("end", elem))
            ns_stack.pop()
            self._end_ns(declared_stack.pop(), events, names)
            return not stack

        while pos < n:
            m = match(text, pos)
            if m is None:
                if text[pos] == "<" and ">" not in text[pos:]:
                    self._error("unclosed token", text, pos)
                self._error("not well-formed (invalid token)", text, pos)
            (g_comment, g_cdata, g_pi, g_pidata, g_doctype, g_end, g_start, g_attrs,
             g_empty, g_text) = m.groups()
            if g_text is not None:
                s = g_text
                if stack:
                    if data is not None:
                        data(self._unescape(s, text, pos))
                elif s.strip():
                    if root_done:
                        self._error("junk after document element", text, pos)
                    self._error("syntax error", text, pos)
            elif g_start is not None:
                if root_done:
                    self._error("junk after document element", text, pos)
                seen_root = True
                raw_tag = g_start
                attrs = {}
                declared = {}
                attr_text = g_attrs
                if attr_text:
                    for am in _attr_re.finditer(attr_text):
                        name, dq, sq = am.groups()
                        value = dq if dq is not None else sq
                        value = self._unescape(value, text, pos)
                        value = value.replace("\n", " ").replace("\t", " ")
                        if name == "xmlns":
                            declared[""] = value
                        elif name.startswith("xmlns:"):
                            declared[name[6:]] = value
                        else:
                            if name in attrs:
                                self._error("duplicate attribute", text, pos)
                            attrs[name] = value
                scope = ns_stack[-1]
                if declared:
                    scope = dict(scope)
                    scope.update(declared)
                    if report_ns and "start-ns" in names:
                        for prefix, uri in declared.items():
                            events.append(("start-ns", (prefix, uri)))
                ns_stack.append(scope)
                declared_stack.append(declared)
                tag = _qualify(raw_tag, scope, True, self, text, pos)
                if attrs and any(":" in k for k in attrs):
                    attrs = {_qualify(k, scope, False, self, text, pos): v
                             for k, v in attrs.items()}
                stack.append(raw_tag)
                elem = start(tag, attrs) if start is not None else None
                if report_start:
                    events.append(("start", elem))
                if g_empty:
                    root_done = close_element(tag)
            elif g_end is not None:
                raw_tag = g_end
                if not stack or stack[-1] != raw_tag:
                    self._error("mismatched tag", text, pos + 2)
                root_done = close_element(_qualify(raw_tag, ns_stack[-1], True, self, text, pos))
            elif g_comment is not None:
                if "--" in g_comment:
                    self._error("not well-formed (invalid token)", text, pos)
                if comment is not None:
                    c = comment(g_comment)
                    if "comment" in names:
                        events.append(("comment", c))
            elif g_cdata is not None:
                if not stack:
                    self._error("not well-formed (invalid token)", text, pos)
                if data is not None:
                    data(g_cdata)
            elif g_pi is not None:
                if pi is not None:
                    p = pi(g_pi, g_pidata.strip() or None)
                    if "pi" in names:
                        events.append(("pi", p))
            elif g_doctype is not None:
                if seen_root:
                    self._error("syntax error", text, pos)
            pos = m.end()
        if stack:
            self._error("unclosed token" if stack else "no element found", text, n)
        if not seen_root:
            self._error("no element found", text, n)

    def _end_ns(self, declared, events, names):
        if declared and "end-ns" in names:
            for _ in declared:
                events.append(("end-ns", None))


def _qualify(name, scope, is_tag, parser, text, pos):
    if ":" in name:
        prefix, local = name.split(":", 1)
        if prefix == "xmlns":
            return name
        try:
            return "{%s}%s" % (scope[prefix], local)
        except KeyError:
            parser._error("unbound prefix", text, pos)
    if is_tag and scope.get(""):
        return "{%s}%s" % (scope[""], name)
    return name


_Element_Py = Element
