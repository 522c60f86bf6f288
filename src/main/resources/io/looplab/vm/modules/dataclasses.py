"""LoopLab's dataclasses: CPython 3.11's @dataclass semantics (Lib/dataclasses.py) with the special
methods built from closures over the field list instead of exec'd source: same field order and
inheritance, defaults and default_factory, repr, eq, order, frozen, hash rules and error texts."""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')


class InitVar:
    """An init-only pseudo-field: passed to __init__ and __post_init__, not stored."""

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """What field() returns, and what fields() lists."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata=mappingproxy({self.metadata!r}),'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Describes one field: its default or default_factory and which generated methods use it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(a_type):
    if isinstance(a_type, str):
        return a_type.startswith('ClassVar') or a_type.startswith('typing.ClassVar')
    text = repr(a_type)
    return text == 'typing.ClassVar' or text.startswith('typing.ClassVar[')


def _is_initvar(a_type):
    if isinstance(a_type, str):
        return a_type.startswith('InitVar') or a_type.startswith('dataclasses.InitVar')
    return a_type is InitVar or isinstance(a_type, InitVar)


def _is_kw_only(a_type):
    return a_type is KW_ONLY or (isinstance(a_type, str) and a_type in ('KW_ONLY', 'dataclasses.KW_ONLY'))


def _get_field(cls, a_name, a_type, default_kw_only):
    default = cls.__dict__.get(a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default is not MISSING and type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    # never overwrite a method the class body defined itself
    if name in cls.__dict__:
        return True
    value.__qualname__ = f'{cls.__qualname__}.{name}'
    setattr(cls, name, value)
    return False


def _describe_missing(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _make_init(cls, init_fields, has_post_init, frozen):
    positional = [f for f in init_fields if not f.kw_only]
    keyword = [f for f in init_fields if f.kw_only]
    names = [f.name for f in init_fields]
    initvars = [f.name for f in init_fields if f._field_type is _FIELD_INITVAR]
    n_required = len([f for f in positional if f.default is MISSING and f.default_factory is MISSING])
    qualname = f'{cls.__qualname__}.__init__'

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            if n_required == len(positional):
                takes = f'{len(positional) + 1}'
            else:
                takes = f'from {n_required + 1} to {len(positional) + 1}'
            raise TypeError(f'{qualname}() takes {takes} positional argument'
                            f'{"" if takes == "1" else "s"} but {len(args) + 1} were given')
        values = {}
        for f, value in zip(positional, args):
            values[f.name] = value
        for key, value in kwargs.items():
            if key not in names:
                raise TypeError(f"{qualname}() got an unexpected keyword argument '{key}'")
            if key in values:
                raise TypeError(f"{qualname}() got multiple values for argument '{key}'")
            values[key] = value
        _check_missing(qualname, positional, values, 'positional')
        _check_missing(qualname, keyword, values, 'keyword-only')
        for f in init_fields:
            if f.name not in values:
                values[f.name] = f.default if f.default_factory is MISSING else f.default_factory()
            if f._field_type is _FIELD:
                if frozen:
                    object.__setattr__(self, f.name, values[f.name])
                else:
                    setattr(self, f.name, values[f.name])
        if has_post_init:
            self.__post_init__(*[values[name] for name in initvars])
    return __init__


def _check_missing(qualname, params, values, kind):
    missing = [f.name for f in params if f.name not in values and f.default is MISSING
               and f.default_factory is MISSING]
    if missing:
        raise TypeError(f'{qualname}() missing {len(missing)} required {kind} argument'
                        f'{"" if len(missing) == 1 else "s"}: {_describe_missing(missing)}')


def _init_factory_fields(self, fields, frozen):
    # fields left out of __init__ (init=False) still get their default or factory value
    for f in fields:
        if f.default_factory is not MISSING:
            value = f.default_factory()
        elif f.default is not MISSING:
            value = f.default
        else:
            continue
        if frozen:
            object.__setattr__(self, f.name, value)
        else:
            setattr(self, f.name, value)


_repr_running = set()


def _make_repr(repr_fields):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            body = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in repr_fields)
        finally:
            _repr_running.discard(key)
        return f'{self.__class__.__qualname__}({body})'
    return __repr__


def _tuple_of(obj, fields):
    return tuple(getattr(obj, f.name) for f in fields)


def _make_compare(op, fields):
    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(_tuple_of(self, fields), _tuple_of(other, fields))
        return NotImplemented
    return compare


def _make_frozen_methods(cls, fields):
    names = tuple(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    if _set_new_attribute(cls, '__setattr__', __setattr__):
        raise TypeError(f'Cannot overwrite attribute __setattr__ in class {cls.__name__}')
    if _set_new_attribute(cls, '__delattr__', __delattr__):
        raise TypeError(f'Cannot overwrite attribute __delattr__ in class {cls.__name__}')


def _make_hash(fields):
    def __hash__(self):
        return hash(_tuple_of(self, fields))
    return __hash__


def _collect_fields(cls, kw_only):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if b.__dict__['__dataclass_params__'].frozen:
                any_frozen_base = True
    annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    for name, a_type in annotations.items():
        if _is_kw_only(a_type):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        # a default stays as the class attribute; a field() object or a factory does not
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return fields, has_dataclass_bases, any_frozen_base


def _check_frozen_inheritance(cls, frozen, has_dataclass_bases, any_frozen_base):
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields, has_dataclass_bases, any_frozen_base = _collect_fields(cls, kw_only)
    _check_frozen_inheritance(cls, frozen, has_dataclass_bases, any_frozen_base)
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    all_fields = list(fields.values())
    std_fields = [f for f in all_fields if f._field_type is _FIELD]
    if init:
        _add_init(cls, all_fields, std_fields, frozen)
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr([f for f in std_fields if f.repr]))
    compare_fields = [f for f in std_fields if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _make_compare(lambda a, b: a == b, compare_fields))
    if order:
        _add_order(cls, eq, compare_fields)
    if frozen:
        _make_frozen_methods(cls, std_fields)
    _add_hash(cls, unsafe_hash, eq, frozen, has_explicit_hash, std_fields)
    if match_args:
        if '__match_args__' not in cls.__dict__:
            cls.__match_args__ = tuple(f.name for f in std_fields if f.init and not f.kw_only)
    if slots:
        raise NotImplementedError("LoopLab does not support dataclass(slots=True) yet")
    return cls


def _add_init(cls, all_fields, std_fields, frozen):
    init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]
    seen_default = None
    for f in init_fields:
        if f.kw_only:
            continue
        if not (f.default is MISSING and f.default_factory is MISSING):
            seen_default = f
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    has_post_init = hasattr(cls, '__post_init__')
    base_init = _make_init(cls, init_fields, has_post_init, frozen)
    others = [f for f in std_fields if not f.init]
    if others:
        def __init__(self, *args, **kwargs):
            _init_factory_fields(self, others, frozen)
            base_init(self, *args, **kwargs)
    else:
        __init__ = base_init
    _set_new_attribute(cls, '__init__', __init__)


def _add_order(cls, eq, compare_fields):
    if not eq:
        raise ValueError('eq must be true if order is true')
    ops = [('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
           ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)]
    for name, op in ops:
        if _set_new_attribute(cls, name, _make_compare(op, compare_fields)):
            raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                            f'Consider using functools.total_ordering')


def _add_hash(cls, unsafe_hash, eq, frozen, has_explicit_hash, std_fields):
    # CPython's _hash_action table
    hash_fields = [f for f in std_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _make_hash(hash_fields)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(hash_fields)
    elif eq and not has_explicit_hash:
        cls.__hash__ = None


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds generated special methods to a class, from its annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance (ClassVar and InitVar pseudo-fields excluded)."""
    try:
        fields = getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple, recursing like asdict."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _deepcopy(obj)


def _deepcopy(obj):
    if obj is None or isinstance(obj, (int, float, str, bytes)):
        return obj
    try:
        import copy
    except Exception:
        return obj
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, '__dataclass_fields__').values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    """Creates a dataclass named cls_name from (name, type[, field]) items or bare names."""
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        annotations[name] = tp
    ns['__annotations__'] = annotations
    ns.setdefault('__module__', '__main__')
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)
