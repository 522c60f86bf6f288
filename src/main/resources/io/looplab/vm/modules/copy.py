'''LoopLab's copy module: CPython 3.11's Lib/copy.py algorithm (dispatch tables, __copy__ /
__deepcopy__ hooks, the memo that makes cycles work, _reconstruct). LoopLab's object has no
__reduce_ex__, so the default reduction (copyreg's __newobj__ protocol) is done here.'''

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass

error = Error   # backward compatibility


def copy(x):
    'Shallow copy operation on arbitrary Python objects.'
    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        # treat a class as an atomic object
        return _copy_immutable(x)

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _copy_immutable(x):
    return x


def _function_types():
    def f():
        pass
    return type(f), type(len)


_FunctionType, _BuiltinFunctionType = _function_types()

_copy_dispatch = d = {}
for t in (type(None), int, float, bool, str, tuple, bytes, frozenset, type, range, slice,
          property, _BuiltinFunctionType, type(Ellipsis), type(NotImplemented), _FunctionType):
    d[t] = _copy_immutable
d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
del d, t


def deepcopy(x, memo=None, _nil=[]):
    'Deep copy operation on arbitrary Python objects.'
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)

    # a copy that is not x itself is remembered, and x kept alive while its id is a memo key
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


_deepcopy_dispatch = d = {}
for t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool, bytes, str,
          type, range, _BuiltinFunctionType, _FunctionType, property):
    d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y
d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # a tuple that contains itself (through a list, say) was copied by one of the calls above
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y
d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y
d[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):
    # a bound method: the same function bound to a copy of its instance
    obj = deepcopy(x.__self__, memo)
    return x.__func__.__get__(obj, type(obj))


def _method_type():
    class C:
        def m(self):
            pass
    return type(C().m)

d[_method_type()] = _deepcopy_method
del d, t


def _keep_alive(x, memo):
    'Keeps x alive in the memo, under the id of the memo itself.'
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x):
    # What x.__reduce_ex__(4) gives in CPython: the class's own reduction if it has one,
    # else object's default (__getnewargs__, __getstate__ / __dict__, list and dict items).
    cls = type(x)
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None:
        return x.__reduce_ex__(4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None:
        return x.__reduce__()
    if isinstance(x, (set, frozenset)):
        # set.__reduce__
        return cls, (list(x),), _instance_dict(x)
    if cls.__module__ == 'builtins' and not isinstance(x, (list, dict, tuple)):
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    getnewargs = getattr(x, "__getnewargs__", None)
    args = getnewargs() if getnewargs is not None else ()
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None:
        state = getstate()
    else:
        state = _instance_dict(x) or None
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return _newobj, (cls,) + tuple(args), state, listitems, dictitems


def _instance_dict(x):
    try:
        return x.__dict__
    except AttributeError:
        return None


def _newobj(cls, *args):
    # copyreg.__newobj__: create without calling __init__
    return cls.__new__(cls, *args)


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = (deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
