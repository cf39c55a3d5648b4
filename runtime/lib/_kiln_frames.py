"""Frame snapshots (`sys._getframe`, `traceback.tb_frame`): Kiln's frames live on its
own stack, not as objects, so these record a frame as it was when asked for."""

import builtins as _builtins


class frame:
    __module__ = "builtins"

    def __init__(self, code, lineno, globals, locals, back):
        self.f_code = code
        self.f_lineno = lineno
        self.f_globals = globals
        self.f_locals = locals
        self.f_back = back
        self.f_builtins = _builtins.__dict__
        self.f_lasti = 0
        self.f_trace = None
        self.f_trace_lines = True
        self.f_trace_opcodes = False

    def clear(self):
        pass

    def __repr__(self):
        return (f"<frame at {hex(id(self))}, file {self.f_code.co_filename!r}, "
                f"line {self.f_lineno}, code {self.f_code.co_name}>")
