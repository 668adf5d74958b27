package store

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
)

// The editable fields of a record, declared once on its patch type with
// struct tags and read by reflection, so that every record's patch is
// turned into values, merged, applied and diffed by the same code:
//
//	Title *string `edit:"title"`                 // field "title", column title, row field Title
//	Country *string `edit:"country,col=country_code,row=CountryCode"`
//	Opened *string `edit:"opened,null"`          // "" is written as NULL
//
// A field's name is the one users know (FieldError, Conflict, the
// catalogue's Fields); its column defaults to the name with spaces as
// underscores, its row field to the patch field's name.

// editField is one tagged field of a patch type P for rows of type R.
type editField struct {
	name, col string
	null      bool
	patch     int   // index of the pointer field in P
	row       []int // index of the field in R
}

var editFieldsCache sync.Map // [2]reflect.Type → []editField

// editFields returns the editable fields of patch type P for row type R.
func editFields[P, R any]() []editField {
	pt, rt := reflect.TypeFor[P](), reflect.TypeFor[R]()
	key := [2]reflect.Type{pt, rt}
	if v, ok := editFieldsCache.Load(key); ok {
		return v.([]editField)
	}
	var fields []editField
	for i := range pt.NumField() {
		f := pt.Field(i)
		tag, ok := f.Tag.Lookup("edit")
		if !ok {
			continue
		}
		parts := strings.Split(tag, ",")
		ef := editField{name: parts[0], col: strings.ReplaceAll(parts[0], " ", "_"), patch: i}
		rowName := f.Name
		for _, opt := range parts[1:] {
			switch k, v, _ := strings.Cut(opt, "="); k {
			case "col":
				ef.col = v
			case "row":
				rowName = v
			case "null":
				ef.null = true
			}
		}
		rf, ok := rt.FieldByName(rowName)
		if !ok || f.Type.Kind() != reflect.Pointer || !f.Type.Elem().ConvertibleTo(rf.Type) {
			panic(fmt.Sprintf("store: %s.%s does not edit %s.%s", pt.Name(), f.Name, rt.Name(), rowName))
		}
		ef.row = rf.Index
		fields = append(fields, ef)
	}
	editFieldsCache.Store(key, fields)
	return fields
}

// patchValues returns the fields p sets, by name, typed as R's fields.
func patchValues[P, R any](p P) values {
	v := values{}
	pv, rt := reflect.ValueOf(p), reflect.TypeFor[R]()
	for _, f := range editFields[P, R]() {
		ptr := pv.Field(f.patch)
		if !ptr.IsNil() {
			v[f.name] = ptr.Elem().Convert(rt.FieldByIndex(f.row).Type).Interface()
		}
	}
	return v
}

// patchWithout returns p without the field named name.
func patchWithout[P, R any](p P, name string) P {
	pv := reflect.ValueOf(&p).Elem()
	for _, f := range editFields[P, R]() {
		if f.name == name {
			ptr := pv.Field(f.patch)
			ptr.Set(reflect.Zero(ptr.Type()))
		}
	}
	return p
}

// rowValues returns r's editable fields, by name.
func rowValues[P, R any](r R) values {
	v := values{}
	rv := reflect.ValueOf(r)
	for _, f := range editFields[P, R]() {
		v[f.name] = rv.FieldByIndex(f.row).Interface()
	}
	return v
}

// rowApply returns r with the fields of v.
func rowApply[P, R any](r R, v values) R {
	rv := reflect.ValueOf(&r).Elem()
	for _, f := range editFields[P, R]() {
		if x, ok := v[f.name]; ok {
			field := rv.FieldByIndex(f.row)
			field.Set(reflect.ValueOf(x).Convert(field.Type()))
		}
	}
	return r
}

// rowDiff sets in p, as pointers, every editable field where want (of type
// R, or any struct with fields of the same names, such as NewEntry for
// Entry) differs from have.
func rowDiff[P, R any](p *P, have R, want any) {
	pv, hv, wv := reflect.ValueOf(p).Elem(), reflect.ValueOf(have), reflect.ValueOf(want)
	rt := reflect.TypeFor[R]()
	for _, f := range editFields[P, R]() {
		h := hv.FieldByIndex(f.row)
		w := wv.FieldByName(rt.FieldByIndex(f.row).Name)
		if !w.IsValid() || h.Equal(w) {
			continue
		}
		ptr := pv.Field(f.patch)
		x := reflect.New(ptr.Type().Elem())
		x.Elem().Set(w.Convert(ptr.Type().Elem()))
		ptr.Set(x)
	}
}

// columns returns the columns of P's fields, by name, and which are
// written as NULL when empty.
func columns[P, R any]() (map[string]string, map[string]bool) {
	cols, null := map[string]string{}, map[string]bool{}
	for _, f := range editFields[P, R]() {
		cols[f.name] = f.col
		null[f.name] = f.null
	}
	return cols, null
}

// fieldNames returns the names of P's fields.
func fieldNames[P, R any]() []string {
	var names []string
	for _, f := range editFields[P, R]() {
		names = append(names, f.name)
	}
	return names
}

// mergePatch merges mine (what a patch sets) into cur, the row as stored,
// given the row as the editor loaded it (base, nil from the command line)
// and whether to write over changes made elsewhere (force). It returns the
// fields to write, or a *ConflictError carrying cur.
func mergePatch[P, R any](cur R, base *R, force bool, mine values, version func(R) int64) (values, error) {
	var b values
	if base != nil && version(*base) != version(cur) && !force {
		b = rowValues[P](*base)
	}
	set, conflicts := merge(b, rowValues[P](cur), mine)
	if len(conflicts) > 0 {
		return nil, &ConflictError{Conflicts: conflicts, Current: cur}
	}
	return set, nil
}
