"""pcplan from Python through its C ABI, with the standard library only (ctypes).

    from pcplan import Engine, PcplanError
    engine = Engine()                                   # make one, reuse it (it loads locales and fonts)
    plan = Plan(plan_json)                              # read once; or pass the JSON to each call
    report = engine.validate(plan, "2026-11-25")        # dict: {"valid", "counts", "findings", ...}
    pdf = engine.render(plan_json, "pdf", lang="es")    # bytes
    bundle = engine.fhir_export(plan_json)              # bytes: an HL7 eLTSS FHIR R4 Bundle
    plan, unmapped = fhir_import(bundle)                # dict, list of {"path", "kind", "reason"}

The library is found through the PCPLAN_LIB environment variable (a path to libpcplan.so / .dylib / .dll), or
else on the system's library path. Build it with
`cargo build -p pcplan-ffi --release` (see docs/ffi.md).
"""

import ctypes
import ctypes.util
import json
import os
import threading

__all__ = ["Engine", "Plan", "PcplanError", "version", "json_schema", "fhir_import"]

# pcplan_result codes (include/pcplan.h): stable, never renumbered.
OK = 0
NULL_ARGUMENT = 1
INVALID_UTF8 = 2
INVALID_JSON = 3
INVALID_PLAN = 4
INVALID_ARGUMENT = 5
RENDER_FAILED = 6
PANIC = 7
BUFFER_TOO_SMALL = 8
ENGINE_SETUP_FAILED = 9
STRICT_REFUSED = 10
INVALID_BUNDLE = 11


class PcplanError(Exception):
    """A pcplan call failed. `code` is a pcplan_result, `kind` a short stable name (e.g. "syntax",
    "dangling-reference", "date"), `path` the JSON Pointer in the plan (for a FHIR bundle, the FHIR path) it is
    about, or None when it is about no place. The message never contains values from the plan."""

    def __init__(self, code, message, path=None, kind=""):
        path = path or None
        super().__init__(f"{message} (code {code}{', ' + kind if kind else ''}{', at ' + path if path else ''})")
        self.code = code
        self.message = message
        self.path = path
        self.kind = kind


class _EngineOptions(ctypes.Structure):
    _fields_ = [
        ("struct_size", ctypes.c_size_t),
        ("locales_dir", ctypes.c_char_p),
        ("templates_dir", ctypes.c_char_p),
        ("font_dirs", ctypes.POINTER(ctypes.c_char_p)),
        ("font_dirs_len", ctypes.c_size_t),
        ("no_system_fonts", ctypes.c_bool),
    ]


class _ValidateOptions(ctypes.Structure):
    _fields_ = [
        ("struct_size", ctypes.c_size_t),
        ("profiles", ctypes.c_char_p),
        ("today", ctypes.c_char_p),
        ("lang", ctypes.c_char_p),
        ("include_values", ctypes.c_bool),
    ]


class _RenderOptions(ctypes.Structure):
    _fields_ = [
        ("struct_size", ctypes.c_size_t),
        ("format", ctypes.c_char_p),
        ("lang", ctypes.c_char_p),
        ("large_print", ctypes.c_bool),
        ("document_date", ctypes.c_char_p),
        ("strict", ctypes.c_bool),
        ("recipient", ctypes.c_char_p),
    ]


class _FhirExportOptions(ctypes.Structure):
    _fields_ = [
        ("struct_size", ctypes.c_size_t),
        ("lang", ctypes.c_char_p),
        ("recipient", ctypes.c_char_p),
    ]


class _FhirImportOptions(ctypes.Structure):
    _fields_ = [
        ("struct_size", ctypes.c_size_t),
        ("max_bytes", ctypes.c_size_t),
        ("care_plan", ctypes.c_char_p),
    ]


_lib = None
_lib_lock = threading.Lock()


def _load():
    global _lib
    with _lib_lock:
        if _lib is not None:
            return _lib
        path = os.environ.get("PCPLAN_LIB") or ctypes.util.find_library("pcplan")
        if not path:
            raise OSError("libpcplan not found: set PCPLAN_LIB to the path of libpcplan.so (.dylib, .dll)")
        lib = ctypes.CDLL(path)
        vp, sz, res = ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint32
        out = ctypes.POINTER(ctypes.c_void_p)
        signatures = {
            "pcplan_version": ([], ctypes.c_char_p),
            "pcplan_error_new": ([], vp),
            "pcplan_error_free": ([vp], None),
            "pcplan_error_code": ([vp], res),
            "pcplan_error_kind": ([vp], ctypes.c_char_p),
            "pcplan_error_message": ([vp, ctypes.c_char_p, sz, ctypes.POINTER(sz)], res),
            "pcplan_error_path": ([vp, ctypes.c_char_p, sz, ctypes.POINTER(sz)], res),
            "pcplan_engine_new": ([ctypes.POINTER(_EngineOptions), out, vp], res),
            "pcplan_engine_free": ([vp], None),
            "pcplan_plan_from_json": ([ctypes.c_char_p, sz, out, vp], res),
            "pcplan_plan_free": ([vp], None),
            "pcplan_plan_to_json": ([vp, out, vp], res),
            "pcplan_fhir_export": ([vp, vp, ctypes.POINTER(_FhirExportOptions), out, vp], res),
            "pcplan_fhir_import": ([ctypes.c_char_p, sz, ctypes.POINTER(_FhirImportOptions), out, out, vp], res),
            "pcplan_json_schema": ([out], res),
            "pcplan_validate": ([vp, vp, ctypes.POINTER(_ValidateOptions), out, vp], res),
            "pcplan_render": ([vp, vp, ctypes.POINTER(_RenderOptions), out, vp], res),
            "pcplan_render_with_warnings": ([vp, vp, ctypes.POINTER(_RenderOptions), out, out, vp], res),
            "pcplan_buffer_data": ([vp], ctypes.POINTER(ctypes.c_ubyte)),
            "pcplan_buffer_len": ([vp], sz),
            "pcplan_buffer_free": ([vp], None),
        }
        for name, (args, restype) in signatures.items():
            fn = getattr(lib, name)
            fn.argtypes = args
            fn.restype = restype
        _lib = lib
        return lib


def _text(lib, getter, err):
    length = ctypes.c_size_t(0)
    getter(err, None, 0, ctypes.byref(length))
    buf = ctypes.create_string_buffer(length.value + 1)
    if getter(err, buf, len(buf), ctypes.byref(length)) != OK:
        return ""
    return buf.value.decode("utf-8", "replace")


class _Error:
    """A caller-owned pcplan_error, one per call (so threads never share one)."""

    def __init__(self, lib):
        self.lib = lib
        self.ptr = lib.pcplan_error_new()
        if not self.ptr:
            raise MemoryError("pcplan_error_new failed")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.lib.pcplan_error_free(self.ptr)
        self.ptr = None

    def check(self, code):
        if code != OK:
            lib, err = self.lib, self.ptr
            kind = (lib.pcplan_error_kind(err) or b"").decode()
            raise PcplanError(code, _text(lib, lib.pcplan_error_message, err),
                              _text(lib, lib.pcplan_error_path, err), kind)


def _take_buffer(lib, ptr):
    try:
        return ctypes.string_at(lib.pcplan_buffer_data(ptr), lib.pcplan_buffer_len(ptr))
    finally:
        lib.pcplan_buffer_free(ptr)


def _c(s):
    return None if s is None else s.encode("utf-8")


def _plan_bytes(plan_json):
    if isinstance(plan_json, (bytes, bytearray)):
        return bytes(plan_json)
    if isinstance(plan_json, str):
        return plan_json.encode("utf-8")
    return json.dumps(plan_json).encode("utf-8")


def version():
    """The library's version string."""
    return _load().pcplan_version().decode()


def json_schema():
    """The JSON Schema of the plan format, as a dict."""
    lib = _load()
    out = ctypes.c_void_p()
    code = lib.pcplan_json_schema(ctypes.byref(out))
    if code != OK:
        raise PcplanError(code, "pcplan_json_schema failed")
    return json.loads(_take_buffer(lib, out))


def fhir_import(bundle_json, care_plan=None, max_bytes=0):
    """Imports a plan from an HL7 eLTSS FHIR R4 Bundle (JSON text, bytes or a dict; bundles pcplan did not write
    too). Returns (plan, unmapped): the plan as a dict, and a list of what it could not take in, each
    {"path", "kind", "reason"} with a FHIR path and never a value (that content is kept in the plan's
    extensions.fhir). `care_plan` names the CarePlan (fullUrl or id) when the bundle holds several; `max_bytes`
    (0 for 16 MiB) is the largest bundle accepted."""
    lib = _load()
    data = _plan_bytes(bundle_json)
    options = _FhirImportOptions(ctypes.sizeof(_FhirImportOptions), max_bytes, _c(care_plan))
    ptr, unmapped = ctypes.c_void_p(), ctypes.c_void_p()
    with _Error(lib) as err:
        err.check(lib.pcplan_fhir_import(data, len(data), ctypes.byref(options), ctypes.byref(ptr),
                                         ctypes.byref(unmapped), err.ptr))
    unmapped_list = json.loads(_take_buffer(lib, unmapped))
    with Plan._adopt(lib, ptr) as plan:
        return plan.to_dict(), unmapped_list


class Plan:
    """A plan read once (JSON text, bytes or a dict) and checked: pass it to Engine.validate, render and
    fhir_export instead of the JSON, so it is not parsed again on every call. Immutable and thread-safe. Reading
    it raises PcplanError (INVALID_JSON with the line, INVALID_PLAN with the JSON Pointer)."""

    def __init__(self, plan_json):
        self._lib = lib = _load()
        data = _plan_bytes(plan_json)
        ptr = ctypes.c_void_p()
        with _Error(lib) as err:
            err.check(lib.pcplan_plan_from_json(data, len(data), ctypes.byref(ptr), err.ptr))
        self._ptr = ptr

    @classmethod
    def _adopt(cls, lib, ptr):
        """A Plan owning a pcplan_plan handle made elsewhere (pcplan_fhir_import)."""
        plan = cls.__new__(cls)
        plan._lib, plan._ptr = lib, ptr
        return plan

    def to_dict(self):
        """The plan as a dict, in the current schema version (a version-1 file comes back migrated)."""
        lib = self._lib
        out = ctypes.c_void_p()
        with _Error(lib) as err:
            err.check(lib.pcplan_plan_to_json(self._handle(), ctypes.byref(out), err.ptr))
        return json.loads(_take_buffer(lib, out))

    def _handle(self):
        if not self._ptr:
            raise ValueError("the plan is closed")
        return self._ptr

    def close(self):
        if getattr(self, "_ptr", None):
            self._lib.pcplan_plan_free(self._ptr)
            self._ptr = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()


class Engine:
    """Locales, templates and fonts, loaded once. Thread-safe: share one engine across threads."""

    def __init__(self, locales_dir=None, templates_dir=None, font_dirs=(), system_fonts=True):
        self._lib = lib = _load()
        dirs = [_c(os.fspath(d)) for d in font_dirs]
        array = (ctypes.c_char_p * max(len(dirs), 1))(*dirs)
        options = _EngineOptions(ctypes.sizeof(_EngineOptions), _c(locales_dir and os.fspath(locales_dir)),
                                 _c(templates_dir and os.fspath(templates_dir)), array, len(dirs),
                                 not system_fonts)
        out = ctypes.c_void_p()
        with _Error(lib) as err:
            err.check(lib.pcplan_engine_new(ctypes.byref(options), ctypes.byref(out), err.ptr))
        self._ptr = out

    def close(self):
        if getattr(self, "_ptr", None):
            self._lib.pcplan_engine_free(self._ptr)
            self._ptr = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()

    def _with_plan(self, plan_json, err, call):
        if not self._ptr:
            raise ValueError("the engine is closed")
        if isinstance(plan_json, Plan):
            return call(plan_json._handle())
        data = _plan_bytes(plan_json)
        plan = ctypes.c_void_p()
        err.check(self._lib.pcplan_plan_from_json(data, len(data), ctypes.byref(plan), err.ptr))
        try:
            return call(plan)
        finally:
            self._lib.pcplan_plan_free(plan)

    def validate(self, plan_json, today, lang=None, profiles=None, include_values=False):
        """Validates a plan (a Plan, or JSON text, bytes or a dict) as of `today` ("YYYY-MM-DD"); returns the report as
        a dict. `profiles` is a list of names (or a comma-separated string); None uses the plan's programs."""
        if profiles is not None and not isinstance(profiles, str):
            profiles = ",".join(profiles)
        options = _ValidateOptions(ctypes.sizeof(_ValidateOptions), _c(profiles), _c(today), _c(lang),
                                   bool(include_values))
        lib = self._lib
        with _Error(lib) as err:
            def call(plan):
                out = ctypes.c_void_p()
                err.check(lib.pcplan_validate(self._ptr, plan, ctypes.byref(options), ctypes.byref(out), err.ptr))
                return json.loads(_take_buffer(lib, out))
            return self._with_plan(plan_json, err, call)

    def render(self, plan_json, format, lang=None, large_print=False, document_date=None, strict=False,
               recipient=None):
        """Renders a plan to "md", "html" or "pdf"; returns the document's bytes. `recipient` (an id in the plan's
        `recipients`) renders that recipient's copy."""
        return self.render_with_warnings(plan_json, format, lang, large_print, document_date, strict, recipient)[0]

    def render_with_warnings(self, plan_json, format, lang=None, large_print=False, document_date=None,
                             strict=False, recipient=None):
        """Renders a plan; returns (document bytes, warnings), the warnings a list of dicts with a "code"
        ("missing-translation", "text-not-in-document-language", …) and paths or message ids, never plan text."""
        options = _RenderOptions(ctypes.sizeof(_RenderOptions), _c(format), _c(lang), bool(large_print),
                                 _c(document_date), bool(strict), _c(recipient))
        lib = self._lib
        with _Error(lib) as err:
            def call(plan):
                out, warnings = ctypes.c_void_p(), ctypes.c_void_p()
                err.check(lib.pcplan_render_with_warnings(self._ptr, plan, ctypes.byref(options), ctypes.byref(out),
                                                          ctypes.byref(warnings), err.ptr))
                return _take_buffer(lib, out), json.loads(_take_buffer(lib, warnings))
            return self._with_plan(plan_json, err, call)

    def fhir_export(self, plan_json, lang=None, recipient=None):
        """Exports a plan as an HL7 eLTSS FHIR R4 Bundle; returns its JSON bytes (the same plan gives the same
        bytes). `lang` sets the CarePlan narrative's language; `recipient` (an id in the plan's `recipients`)
        exports that recipient's copy."""
        options = _FhirExportOptions(ctypes.sizeof(_FhirExportOptions), _c(lang), _c(recipient))
        lib = self._lib
        with _Error(lib) as err:
            def call(plan):
                out = ctypes.c_void_p()
                err.check(lib.pcplan_fhir_export(self._ptr, plan, ctypes.byref(options), ctypes.byref(out), err.ptr))
                return _take_buffer(lib, out)
            return self._with_plan(plan_json, err, call)
