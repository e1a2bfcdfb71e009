//! Results as JSON text, for the first-draw build: its results (a chart's
//! words, a point's tooltip, the controls, the options) hold strings,
//! integers, booleans and lists, never a float, so JSON text made here and
//! read by one `JSON.parse` gives what the object builder gives, with one
//! crossing instead of two imports a field (0.6 KB less of that build,
//! gzip, and a dozen fewer imports in its glue). A float is refused, not
//! written: writing one exactly would link core's float formatting (about
//! 9 KB gzip) into a build that has none.

use std::fmt::Write;

use serde::ser::{self, Serialize};

use super::SerError;

type Result<T> = std::result::Result<T, SerError>;

/// `value` as JSON text.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    let mut out = String::new();
    value.serialize(Writer { out: &mut out })?;
    Ok(out)
}

/// Writes one value into `out`.
pub struct Writer<'a> {
    out: &'a mut String,
}

/// `s` as a JSON string: quoted, with `"`, `\` and control characters escaped.
fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            // By hand: `{:04x}` would link hex formatting for this alone.
            c if c < ' ' => {
                let hex = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(hex[usize::from(c as u8 >> 4)]));
                out.push(char::from(hex[usize::from(c as u8 & 15)]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// An integer; negative ones through the unsigned writer the build already has.
fn integer(out: &mut String, v: i64) {
    if v < 0 {
        out.push('-');
    }
    let _ = write!(out, "{}", v.unsigned_abs());
}

/// A list or an object being written: its items' separator and its close.
pub struct Compound<'a> {
    out: &'a mut String,
    first: bool,
    close: &'static str,
}

impl<'a> Compound<'a> {
    fn open(out: &'a mut String, open: &str, close: &'static str) -> Compound<'a> {
        out.push_str(open);
        Compound {
            out,
            first: true,
            close,
        }
    }
    fn item<T: Serialize + ?Sized>(&mut self, key: Option<&str>, value: &T) -> Result<()> {
        self.next(key);
        value.serialize(Writer { out: self.out })
    }
    /// The separator and key before an item: one copy for every type of
    /// item, not one inlined into each (-0.15 KB gzip).
    #[inline(never)]
    fn next(&mut self, key: Option<&str>) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        if let Some(key) = key {
            string(self.out, key);
            self.out.push(':');
        }
    }
    fn done(self) -> Result<()> {
        self.out.push_str(self.close);
        Ok(())
    }
}

/// `{"variant":` before a variant's value, serde's externally tagged form.
fn tag(out: &mut String, variant: &str) {
    out.push('{');
    string(out, variant);
    out.push(':');
}

impl<'a> ser::Serializer for Writer<'a> {
    type Ok = ();
    type Error = SerError;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    super::forwarded!((), Compound<'a>, Compound<'a>);

    fn serialize_bool(self, v: bool) -> Result<()> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> Result<()> {
        integer(self.out, v);
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<()> {
        // Counts and indices, far below 2^53, as the object builder says.
        self.serialize_i64(v as i64)
    }
    fn serialize_f64(self, _v: f64) -> Result<()> {
        Err(SerError)
    }
    fn serialize_str(self, v: &str) -> Result<()> {
        string(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<()> {
        // As the object builder: an array of numbers.
        let mut list = Compound::open(self.out, "[", "]");
        for b in v {
            list.item(None, b)?;
        }
        list.done()
    }
    fn serialize_none(self) -> Result<()> {
        self.serialize_unit()
    }
    fn serialize_unit(self) -> Result<()> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<()> {
        tag(self.out, variant);
        value.serialize(Writer { out: self.out })?;
        self.out.push('}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a>> {
        Ok(Compound::open(self.out, "[", "]"))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>> {
        tag(self.out, variant);
        Ok(Compound::open(self.out, "[", "]}"))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a>> {
        Ok(Compound::open(self.out, "{", "}"))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>> {
        tag(self.out, variant);
        Ok(Compound::open(self.out, "{", "}}"))
    }
}

/// The four serde traits of a list: each element in order.
macro_rules! list {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = SerError;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
                self.item(None, value)
            }
            fn end(self) -> Result<()> {
                self.done()
            }
        }
    )*};
}

list!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

/// The two serde traits of named fields.
macro_rules! object {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = SerError;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<()> {
                self.item(Some(key), value)
            }
            fn end(self) -> Result<()> {
                self.done()
            }
        }
    )*};
}

object!(SerializeStruct, SerializeStructVariant);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = SerError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<()> {
        // Objects, as JSON: a key must be a string.
        let key = to_string(key)?;
        if !key.starts_with('"') {
            return Err(SerError);
        }
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.out.push_str(&key);
        self.out.push(':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        value.serialize(Writer { out: self.out })
    }
    fn end(self) -> Result<()> {
        self.done()
    }
}

// Native: serde_json, the reference, is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::to_string;
    use crate::describe::{self, Controls};
    use crate::ids::ChartKind;
    use crate::model::Options;
    use crate::words::Lang;
    use plotters::prelude::{IntoDrawingArea, SVGBackend};
    use serde::Serialize;

    /// Ours, read back by serde_json, is what serde_json makes of the value.
    fn same<T: Serialize>(value: &T) {
        let ours = to_string(value).expect("written");
        let read: serde_json::Value = serde_json::from_str(&ours).expect(&ours);
        assert_eq!(read, serde_json::to_value(value).unwrap(), "{ours}");
    }

    #[test]
    fn the_first_draw_results_are_the_json_serde_json_writes() {
        let data = crate::data::builtin();
        for lang in [Lang::En, Lang::Ur] {
            let words = lang.words();
            let controls: Controls = describe::controls(words);
            same(&controls);
            same(&words.ui());
            for chart in ChartKind::ALL {
                let options = Options {
                    chart,
                    lang,
                    ..Options::default()
                };
                same(&options);
                let model = crate::model::build(&data, &options).unwrap();
                same(&describe::chart_text(&data, &model, words));
                let mut svg = String::new();
                let area = SVGBackend::with_string(&mut svg, (640, 900)).into_drawing_area();
                let layout = crate::chart::draw(&area, &data, &options).unwrap();
                for i in 0..layout.marks.len() {
                    same(&describe::point_info(&data, &model, &layout, i, words).unwrap());
                }
            }
        }
        // Escapes, nesting, variants, a map, integers at the edges.
        same(&"quote \" backslash \\ newline \n tab \t nul \u{0} bell \u{7} اردو");
        same(&(
            i64::MIN + 1,
            u64::from(u32::MAX),
            -1i8,
            Some(()),
            None::<u8>,
        ));
        same(&std::collections::BTreeMap::from([
            ("a", vec![1, 2]),
            ("b", vec![]),
        ]));
        #[derive(Serialize)]
        enum E {
            Unit,
            New(u8),
            Tuple(u8, bool),
            Struct { x: &'static str },
        }
        same(&[E::Unit, E::New(1), E::Tuple(2, true), E::Struct { x: "y" }]);
    }

    #[test]
    fn a_float_or_a_key_that_is_not_a_string_is_refused() {
        assert!(to_string(&1.5).is_err());
        assert!(to_string(&std::collections::BTreeMap::from([(1, 2)])).is_err());
    }
}
