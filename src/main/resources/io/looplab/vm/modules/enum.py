"""LoopLab's enum: CPython 3.11's Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique.

The class side (iteration, len, in, Color['RED'], the <enum 'Color'> repr) is the native
metaclass _enum.EnumType; members are made here when the class is created (__init_subclass__).
LoopLab cannot subclass int or str, so IntEnum and StrEnum members are not int or str
instances: they behave like their values through delegating special methods."""

from _enum import EnumType

EnumMeta = EnumType

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique']


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % self.value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    return isinstance(obj, (classmethod, staticmethod, property)) or hasattr(obj, '__get__') \
        or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_member_candidate(cls, name, value):
    if _is_dunder(name) or _is_sunder(name) or _is_descriptor(value):
        return False
    return not name.startswith('_' + cls.__name__ + '__')


def _enum_init_noop(self, *args, **kwds):
    # calling the class (Color(1)) looks a member up; its __init__ must not run a second time
    pass


def _base_enum(cls):
    for base in cls.__mro__[1:]:
        if type(base) is EnumType and base.__dict__.get('_member_names_'):
            raise TypeError(f'{cls!r} cannot extend {base!r}')


def _setup_members(cls):
    """Turns the class attributes of a new enumeration into its members, in definition order."""
    _base_enum(cls)
    user_init = cls.__dict__.get('__init__')
    names = []
    member_map = {}
    value_map = {}
    last_values = []
    candidates = [(k, v) for k, v in cls.__dict__.items() if _is_member_candidate(cls, k, v)]
    for name, value in candidates:
        if isinstance(value, auto):
            value = cls._generate_next_value_(name, 1, len(names), last_values[:])
        member = _make_member(cls, name, value, user_init)
        alias = _find_alias(value_map, names, member_map, member._value_)
        if alias is not None:
            member_map[name] = alias
            setattr(cls, name, alias)
            continue
        names.append(name)
        member_map[name] = member
        try:
            value_map[member._value_] = member
        except TypeError:
            pass
        setattr(cls, name, member)
        last_values.append(value)
    cls._member_names_ = names
    cls._member_map_ = member_map
    cls._value2member_map_ = value_map
    if user_init is not None:
        cls.__init__ = _enum_init_noop
    cls._finish_members_()


def _find_alias(value_map, names, member_map, value):
    try:
        return value_map.get(value)
    except TypeError:
        for name in names:
            if member_map[name]._value_ == value:
                return member_map[name]
        return None


def _make_member(cls, name, value, user_init):
    args = value if isinstance(value, tuple) else (value,)
    member = object.__new__(cls)
    member._value_ = cls._coerce_value_(value, args)
    member._name_ = name
    member.__objclass__ = cls
    if user_init is not None:
        user_init(member, *args)
    return member


def _functional(cls, value, names, module=None, qualname=None, type=None, start=1, boundary=None):
    """Enum('Shape', 'CIRCLE SQUARE'): the functional API."""
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        items = []
        last_values = []
        for count, name in enumerate(names):
            v = cls._generate_next_value_(name, start, count, last_values[:])
            last_values.append(v)
            items.append((name, v))
    elif isinstance(names, dict):
        items = list(names.items())
    else:
        items = list(names)
    ns = {'__module__': module or '__main__', '__qualname__': qualname or value}
    for name, v in items:
        ns[name] = v
    return _new_class(value, cls, ns)


def _new_class(name, base, ns):
    new = type(name, (base,), ns)
    _setup_members(new)
    return new


class Enum(metaclass=EnumType):
    """Generic enumeration: class Color(Enum): RED = 1."""

    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}

    def __init_subclass__(cls, **kwds):
        _setup_members(cls)

    def __new__(cls, value, *args, **kwds):
        if args or kwds:
            if cls._member_names_:
                raise TypeError(f'{cls.__name__}: cannot extend enumeration {cls.__name__!r}')
            return _functional(cls, value, *args, **kwds)
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')

    @classmethod
    def _missing_(cls, value):
        return None

    @classmethod
    def _coerce_value_(cls, value, args):
        return value

    @classmethod
    def _finish_members_(cls):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """Only changes the repr: str() and format() are those of the value (IntEnum, StrEnum)."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


def _value_of(other):
    return other._value_ if isinstance(other, (IntEnum, IntFlag, StrEnum)) else other


class _ValueOps:
    """The special methods that make a member behave like its value (int and str mixins)."""

    def __eq__(self, other):
        return self._value_ == _value_of(other)

    def __ne__(self, other):
        return self._value_ != _value_of(other)

    def __lt__(self, other):
        return self._value_ < _value_of(other)

    def __le__(self, other):
        return self._value_ <= _value_of(other)

    def __gt__(self, other):
        return self._value_ > _value_of(other)

    def __ge__(self, other):
        return self._value_ >= _value_of(other)

    def __hash__(self):
        return hash(self._value_)

    def __add__(self, other):
        return self._value_ + _value_of(other)

    def __radd__(self, other):
        return _value_of(other) + self._value_

    def __mul__(self, other):
        return self._value_ * _value_of(other)

    def __rmul__(self, other):
        return _value_of(other) * self._value_

    def __mod__(self, other):
        return self._value_ % _value_of(other)

    def __bool__(self):
        return not not self._value_

    def __getattr__(self, attr):
        if attr.startswith('__') or attr.startswith('_') and attr.endswith('_'):
            raise AttributeError(attr)
        return getattr(self._value_, attr)


class _IntOps(_ValueOps):
    def __sub__(self, other):
        return self._value_ - _value_of(other)

    def __rsub__(self, other):
        return _value_of(other) - self._value_

    def __truediv__(self, other):
        return self._value_ / _value_of(other)

    def __rtruediv__(self, other):
        return _value_of(other) / self._value_

    def __floordiv__(self, other):
        return self._value_ // _value_of(other)

    def __rfloordiv__(self, other):
        return _value_of(other) // self._value_

    def __rmod__(self, other):
        return _value_of(other) % self._value_

    def __pow__(self, other):
        return self._value_ ** _value_of(other)

    def __rpow__(self, other):
        return _value_of(other) ** self._value_

    def __neg__(self):
        return -self._value_

    def __pos__(self):
        return +self._value_

    def __abs__(self):
        return abs(self._value_)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __lshift__(self, other):
        return self._value_ << _value_of(other)

    def __rshift__(self, other):
        return self._value_ >> _value_of(other)


class IntEnum(_IntOps, ReprEnum):
    """Enum whose members compare, hash and compute like their int values."""

    @classmethod
    def _coerce_value_(cls, value, args):
        return int(*args)

    def __and__(self, other):
        return self._value_ & _value_of(other)

    def __or__(self, other):
        return self._value_ | _value_of(other)

    def __xor__(self, other):
        return self._value_ ^ _value_of(other)

    def __hash__(self):
        return hash(self._value_)


class StrEnum(_ValueOps, ReprEnum):
    """Enum whose members compare, hash and behave like their str values."""

    @classmethod
    def _coerce_value_(cls, value, args):
        if len(args) == 1 and not isinstance(args[0], str):
            raise TypeError('%r is not a string' % (args[0],))
        return str(*args)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __len__(self):
        return len(self._value_)

    def __iter__(self):
        return iter(self._value_)

    def __contains__(self, item):
        return item in self._value_

    def __getitem__(self, index):
        return self._value_[index]

    def __hash__(self):
        return hash(self._value_)


def _bits(value):
    return bin(value).count('1')


class Flag(Enum):
    """Support for flags: members combine with | & ^ ~ into composite values."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high_bit = max(last_values).bit_length() - 1 if max(last_values) > 0 else -1
        return 2 ** (high_bit + 1)

    @classmethod
    def _finish_members_(cls):
        mask = 0
        for name in cls._member_names_:
            mask |= cls._member_map_[name]._value_
        cls._flag_mask_ = mask

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int) or value < 0 or value & ~cls._flag_mask_:
            return None
        pseudo = object.__new__(cls)
        pseudo._value_ = value
        names = [n for n in cls._member_names_ if _bits(cls._member_map_[n]._value_) == 1
                 and cls._member_map_[n]._value_ & value]
        pseudo._name_ = '|'.join(names) if value else None
        cls._value2member_map_[value] = pseudo
        return pseudo

    def __repr__(self):
        if self._name_ is None:
            return '<%s: %r>' % (self.__class__.__name__, self._value_)
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for name in self._member_names_:
            member = self._member_map_[name]
            if _bits(member._value_) == 1 and member._value_ & self._value_:
                yield member

    def __len__(self):
        return _bits(self._value_)

    def __bool__(self):
        return not not self._value_

    def __hash__(self):
        return hash(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)


class IntFlag(_IntOps, Flag):
    """Flag whose members also behave like ints (str() is the int value)."""

    @classmethod
    def _coerce_value_(cls, value, args):
        return int(*args)

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __or__(self, other):
        if isinstance(other, int) and not isinstance(other, Enum):
            other = self.__class__(other)
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int) and not isinstance(other, Enum):
            other = self.__class__(other)
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    __rand__ = __and__

    def __hash__(self):
        return hash(self._value_)


def unique(enumeration):
    """Class decorator: a ValueError if any member is an alias of another."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
