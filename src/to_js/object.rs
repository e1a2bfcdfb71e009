//! Results as JavaScript objects built field by field, for the builds with
//! `full` (whose results hold floats: layouts, tables).

use serde::ser::{self, Serialize};
use wasm_bindgen::prelude::*;

use super::{Result, SerError};

/// Sets `object[key] = value` on an object this module made: a fresh plain
/// object, whose properties are always writable, so it cannot throw.
fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), value);
}

/// The one serializer: stateless, so every `Serialize` impl is compiled
/// once for it.
pub struct Serializer;

/// An array being filled: a sequence or a tuple, and for a tuple variant
/// the `{ variant: [...] }` object it goes in.
pub struct ArrayBuilder {
    array: js_sys::Array,
    variant: Option<&'static str>,
}

/// An object being filled: a struct or a map (`key` holds a map's key
/// until its value comes), and for a struct variant the `{ variant: {...} }`
/// object it goes in.
pub struct ObjectBuilder {
    object: js_sys::Object,
    key: Option<String>,
    variant: Option<&'static str>,
}

/// `{ variant: value }`, serde's externally tagged form.
fn tagged(variant: Option<&'static str>, value: JsValue) -> JsValue {
    match variant {
        None => value,
        Some(v) => {
            let outer = js_sys::Object::new();
            set(&outer, v, &value);
            outer.into()
        }
    }
}

impl ser::Serializer for Serializer {
    type Ok = JsValue;
    type Error = SerError;
    type SerializeSeq = ArrayBuilder;
    type SerializeTuple = ArrayBuilder;
    type SerializeTupleStruct = ArrayBuilder;
    type SerializeTupleVariant = ArrayBuilder;
    type SerializeMap = ObjectBuilder;
    type SerializeStruct = ObjectBuilder;
    type SerializeStructVariant = ObjectBuilder;

    super::forwarded!(JsValue, ArrayBuilder, ObjectBuilder);

    fn serialize_bool(self, v: bool) -> Result<JsValue> {
        Ok(JsValue::from_bool(v))
    }
    fn serialize_i64(self, v: i64) -> Result<JsValue> {
        // Counts and indices, far below 2^53: exact as a number.
        self.serialize_f64(v as f64)
    }
    fn serialize_u64(self, v: u64) -> Result<JsValue> {
        self.serialize_f64(v as f64)
    }
    fn serialize_f64(self, v: f64) -> Result<JsValue> {
        Ok(JsValue::from_f64(v))
    }
    fn serialize_str(self, v: &str) -> Result<JsValue> {
        Ok(JsValue::from_str(v))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<JsValue> {
        // As JSON would: an array of numbers.
        Ok(v.iter()
            .map(|&b| JsValue::from_f64(b.into()))
            .collect::<js_sys::Array>()
            .into())
    }
    fn serialize_none(self) -> Result<JsValue> {
        Ok(JsValue::NULL)
    }
    fn serialize_unit(self) -> Result<JsValue> {
        Ok(JsValue::NULL)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<JsValue> {
        Ok(tagged(Some(variant), value.serialize(self)?))
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<ArrayBuilder> {
        Ok(ArrayBuilder {
            array: js_sys::Array::new(),
            variant: None,
        })
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<ArrayBuilder> {
        Ok(ArrayBuilder {
            array: js_sys::Array::new(),
            variant: Some(variant),
        })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<ObjectBuilder> {
        Ok(ObjectBuilder {
            object: js_sys::Object::new(),
            key: None,
            variant: None,
        })
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<ObjectBuilder> {
        Ok(ObjectBuilder {
            object: js_sys::Object::new(),
            key: None,
            variant: Some(variant),
        })
    }
}

impl ArrayBuilder {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.array.push(&value.serialize(Serializer)?);
        Ok(())
    }
    fn done(self) -> Result<JsValue> {
        Ok(tagged(self.variant, self.array.into()))
    }
}

/// The four serde traits of a list (sequence, tuple, tuple struct, tuple
/// variant): each element pushed, in order.
macro_rules! array_builder {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for ArrayBuilder {
            type Ok = JsValue;
            type Error = SerError;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
                self.push(value)
            }
            fn end(self) -> Result<JsValue> {
                self.done()
            }
        }
    )*};
}

array_builder!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ObjectBuilder {
    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<()> {
        set(&self.object, key, &value.serialize(Serializer)?);
        Ok(())
    }
    fn done(self) -> Result<JsValue> {
        Ok(tagged(self.variant, self.object.into()))
    }
}

impl ser::SerializeMap for ObjectBuilder {
    type Ok = JsValue;
    type Error = SerError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<()> {
        // Objects, as JSON: a key must be a string.
        match key.serialize(Serializer)?.as_string() {
            Some(k) => {
                self.key = Some(k);
                Ok(())
            }
            None => Err(SerError),
        }
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        let key = self.key.take().unwrap_or_default();
        self.field(&key, value)
    }
    fn end(self) -> Result<JsValue> {
        self.done()
    }
}

/// The two serde traits of named fields (struct, struct variant).
macro_rules! object_builder {
    ($($trait:ident),*) => {$(
        impl ser::$trait for ObjectBuilder {
            type Ok = JsValue;
            type Error = SerError;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<()> {
                self.field(key, value)
            }
            fn end(self) -> Result<JsValue> {
                self.done()
            }
        }
    )*};
}

object_builder!(SerializeStruct, SerializeStructVariant);
