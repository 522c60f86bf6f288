"""LoopLab's typing: the run-time objects of CPython 3.11's typing module that scenarios use in
annotations (Any, Optional, Union, List[int], Callable[[int], str], TypeVar, Generic, Protocol,
NamedTuple, TypedDict...), printing exactly as CPython prints them. Type checking is not done
at run time, as in CPython."""

import collections

TYPE_CHECKING = False

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional', 'Protocol',
           'Tuple', 'Type', 'TypeVar', 'Union', 'AbstractSet', 'ByteString', 'Container',
           'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
           'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
           'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
           'AsyncGenerator', 'Reversible', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
           'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'AnyStr',
           'cast', 'final', 'get_args', 'get_origin', 'get_type_hints', 'NewType', 'no_type_check',
           'overload', 'runtime_checkable', 'Text', 'TYPE_CHECKING', 'NoReturn', 'Never', 'Self',
           'LiteralString', 'TypeAlias', 'Annotated', 'ForwardRef', 'ParamSpec', 'Concatenate',
           'TypeGuard', 'Required', 'NotRequired', 'reveal_type', 'assert_never', 'assert_type']


def _type_repr(obj):
    """How an argument prints inside typing.X[...]."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _type_check(arg):
    # strings are forward references; None means NoneType
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


class ForwardRef:
    """A type written as a string (resolved by get_type_hints in CPython)."""

    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class TypeVar:
    """Type variable: T = TypeVar('T'); prints as ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = None if bound is None else _type_check(bound)
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class ParamSpec(TypeVar):
    """Parameter specification variable (P = ParamSpec('P'))."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant, contravariant=contravariant)


AnyStr = TypeVar('AnyStr', bytes, str)
Text = str


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, TypeVar):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, mapping):
    if isinstance(arg, TypeVar):
        return mapping.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple(_substitute(a, mapping) for a in arg.__args__))
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    return arg


class _GenericAlias:
    """A subscripted generic: List[int], Dict[str, T], Callable[[int], str], Stack[int]."""

    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._inst = inst
        self.__parameters__ = _collect_parameters(args)

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, self._name, self._inst)

    def _head(self):
        return 'typing.' + self._name if self._name else _type_repr(self.__origin__)

    def __repr__(self):
        if not self.__args__:
            return self._head() + '[()]'
        return self._head() + '[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __getitem__(self, params):
        params = _as_tuple(params)
        if len(params) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(params) > len(self.__parameters__) else 'few'} "
                            f"arguments for {self!r}")
        mapping = dict(zip(self.__parameters__, (_type_check(p) for p in params)))
        return _substitute(self, mapping)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use "
                            f"{self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _CallableAlias(_GenericAlias):
    """Callable[[args], result] keeps its argument list in brackets when printed."""

    def copy_with(self, args):
        return _CallableAlias(self.__origin__, args, self._name, self._inst)

    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is ...:
            return f'typing.Callable[..., {_type_repr(self.__args__[1])}]'
        params = ', '.join(_type_repr(a) for a in self.__args__[:-1])
        return f'typing.Callable[[{params}], {_type_repr(self.__args__[-1])}]'


class _UnionAlias(_GenericAlias):
    """Union[X, Y]; printed as Optional[X] when it is exactly X or None."""

    def copy_with(self, args):
        return Union[args]

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[1] if args[0] is type(None) else args[0]
            return f'typing.Optional[{_type_repr(other)}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _SpecialGenericAlias:
    """A bare generic (List, Dict, Callable...): prints as typing.List, subscripts to an alias."""

    def __init__(self, origin, nparams, name, inst=True, alias=_GenericAlias):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst
        self._alias = alias

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = tuple(_type_check(p) for p in _as_tuple(params))
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for "
                            f"{self!r}; actual {len(params)}, expected {self._nparams}")
        return self._alias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use "
                            f"{self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _TupleSpecial(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), 'Tuple', self._inst)
        params = tuple(_type_check(p) for p in _as_tuple(params))
        return _GenericAlias(tuple, params, 'Tuple', self._inst)


class _CallableSpecial(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            return _CallableAlias(self.__origin__, (..., _type_check(result)), 'Callable')
        return _CallableAlias(self.__origin__, tuple(_type_check(a) for a in args) + (_type_check(result),),
                              'Callable')


class _SpecialForm:
    """Any, Union, Optional, ClassVar, Final, Literal, NoReturn...: not classes, only annotations."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")


class _AnyType(_SpecialForm):
    def __call__(self, *args, **kwargs):
        raise TypeError("Any cannot be instantiated")

    def __instancecheck__(self, obj):
        raise TypeError("typing.Any cannot be used with isinstance()")


def _union(self, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in _as_tuple(params):
        p = _type_check(p)
        members = p.__args__ if isinstance(p, _UnionAlias) else (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), 'Union')


def _optional(self, params):
    if isinstance(params, tuple) and len(params) != 1:
        raise TypeError(f"typing.Optional requires a single type. Got {params}.")
    arg = params[0] if isinstance(params, tuple) else params
    return Union[arg, type(None)]


def _single(self, params):
    arg = params[0] if isinstance(params, tuple) and len(params) == 1 else params
    if isinstance(arg, tuple):
        raise TypeError(f"{self} accepts only single type.")
    return _GenericAlias(self, (_type_check(arg),), self._name)


def _literal(self, params):
    return _GenericAlias(self, _as_tuple(params), self._name)


def _annotated(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
    return _GenericAlias(self, (_type_check(params[0]),) + params[1:], self._name)


def _variadic(self, params):
    return _GenericAlias(self, tuple(_type_check(p) for p in _as_tuple(params)), self._name)


Any = _AnyType('Any')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _single)
Final = _SpecialForm('Final', _single)
Literal = _SpecialForm('Literal', _literal)
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
TypeGuard = _SpecialForm('TypeGuard', _single)
Required = _SpecialForm('Required', _single)
NotRequired = _SpecialForm('NotRequired', _single)
Concatenate = _SpecialForm('Concatenate', _variadic)
Annotated = _SpecialForm('Annotated', _annotated)


def _abstract(name):
    # collections.abc is not available: these stand for the abstract classes, by name only
    return type(name, (), {'__module__': 'collections.abc'})


List = _SpecialGenericAlias(list, 1, 'List', False)
Dict = _SpecialGenericAlias(dict, 2, 'Dict', False)
Set = _SpecialGenericAlias(set, 1, 'Set', False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', False)
Tuple = _TupleSpecial(tuple, -1, 'Tuple', False)
Type = _SpecialGenericAlias(type, 1, 'Type', False)
Callable = _CallableSpecial(_abstract('Callable'), 2, 'Callable')
Deque = _SpecialGenericAlias(collections.deque, 1, 'Deque')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(_abstract('ChainMap'), 2, 'ChainMap')
Iterable = _SpecialGenericAlias(_abstract('Iterable'), 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abstract('Iterator'), 1, 'Iterator')
Reversible = _SpecialGenericAlias(_abstract('Reversible'), 1, 'Reversible')
Generator = _SpecialGenericAlias(_abstract('Generator'), 3, 'Generator')
AsyncGenerator = _SpecialGenericAlias(_abstract('AsyncGenerator'), 2, 'AsyncGenerator')
AsyncIterator = _SpecialGenericAlias(_abstract('AsyncIterator'), 1, 'AsyncIterator')
AsyncIterable = _SpecialGenericAlias(_abstract('AsyncIterable'), 1, 'AsyncIterable')
Awaitable = _SpecialGenericAlias(_abstract('Awaitable'), 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_abstract('Coroutine'), 3, 'Coroutine')
Sequence = _SpecialGenericAlias(_abstract('Sequence'), 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abstract('MutableSequence'), 1, 'MutableSequence')
Mapping = _SpecialGenericAlias(_abstract('Mapping'), 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abstract('MutableMapping'), 2, 'MutableMapping')
AbstractSet = _SpecialGenericAlias(_abstract('Set'), 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abstract('MutableSet'), 1, 'MutableSet')
Collection = _SpecialGenericAlias(_abstract('Collection'), 1, 'Collection')
Container = _SpecialGenericAlias(_abstract('Container'), 1, 'Container')
MappingView = _SpecialGenericAlias(_abstract('MappingView'), 1, 'MappingView')
KeysView = _SpecialGenericAlias(_abstract('KeysView'), 1, 'KeysView')
ItemsView = _SpecialGenericAlias(_abstract('ItemsView'), 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(_abstract('ValuesView'), 1, 'ValuesView')
Hashable = _SpecialGenericAlias(_abstract('Hashable'), 0, 'Hashable')
Sized = _SpecialGenericAlias(_abstract('Sized'), 0, 'Sized')
ByteString = _SpecialGenericAlias(bytes, 0, 'ByteString')


class Generic:
    """Base class for generic classes: class Stack(Generic[T]) (Generic[T] is Generic itself here)."""

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            # LoopLab classes cannot have non-class bases (no __mro_entries__): Generic[T] stays Generic
            return cls
        return _GenericAlias(cls, tuple(_type_check(p) for p in _as_tuple(params)))


class Protocol(Generic):
    """Base class for protocol classes (structural types); a plain base class at run time."""


def runtime_checkable(cls):
    return cls


class NamedTuple(tuple):
    """class P(NamedTuple): x: int; y: int = 0 -- a collections.namedtuple built from the annotations."""

    def __new__(cls, typename=None, fields=None, /, **kwargs):
        if cls is not NamedTuple:
            return tuple.__new__(cls, ())
        if fields is None:
            fields = kwargs.items()
        return collections.namedtuple(typename, [name for name, _ in fields], module='__main__')

    def __init_subclass__(cls, **kwargs):
        annotations = cls.__dict__.get('__annotations__', {})
        names = list(annotations)
        defaults = []
        for name in names:
            if name in cls.__dict__:
                defaults.append(cls.__dict__[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} {', '.join(names[:len(defaults)])}")
        template = collections.namedtuple(cls.__name__, names, defaults=defaults or None, module=cls.__module__)
        for key in ('__new__', '_make', '_replace', '__repr__', '_asdict', '__getnewargs__', '_fields',
                    '_field_defaults', '__match_args__', *names):
            setattr(cls, key, template.__dict__[key])
        cls.__annotations__ = dict(annotations)


def _typeddict_new(cls, *args, **kwargs):
    return dict(*args, **kwargs)


class TypedDict(dict):
    """class Movie(TypedDict): name: str -- calling it makes a plain dict, as in CPython."""

    def __init_subclass__(cls, total=True, **kwargs):
        cls.__new__ = _typeddict_new
        cls.__total__ = total


def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated functions "
        "outside a stub module should always be followed by an implementation that is not "
        "@overload-ed.")


def overload(func):
    """Decorator for overloaded function declarations: returns a dummy that must not be called."""
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return getattr(tp, '__origin__', None)


def get_args(tp):
    if isinstance(tp, _CallableAlias):
        args = tp.__args__
        return args if args[0] is ... else (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return getattr(tp, '__args__', ())


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (its MRO, base first) or a function, None as NoneType."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            for name, value in base.__dict__.get('__annotations__', {}).items():
                hints[name] = _type_check(value)
        return hints
    for name, value in getattr(obj, '__annotations__', {}).items():
        hints[name] = _type_check(value)
    return hints


class NewType:
    """NewType('UserId', int): a callable returning its argument, printing as module.Name."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x


def reveal_type(obj):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_type(val, typ):
    return val


def assert_never(arg):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")
