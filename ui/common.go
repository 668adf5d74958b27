package ui

import (
	"errors"
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"vision2030/i18n"
	"vision2030/store"
)

// Common is what every screen shares: the size of the screen, styles, keys,
// words, the store and the clock.
type Common struct {
	Width, Height int
	Styles        Styles
	Keys          KeyMap
	T             *i18n.Catalogue
	Store         *store.Store
	Now           func() time.Time
	Ref           Reference
	Author        string // recorded on what the user writes
}

// chromeHeight is the lines the root model takes: the tab bar and the footer.
const chromeHeight = 2

// BodyHeight is the number of lines a screen has.
func (c *Common) BodyHeight() int { return max(c.Height-chromeHeight, 1) }

func matches(msg tea.KeyPressMsg, b key.Binding) bool { return key.Matches(msg, b) }

// Reference is the small, rarely changing data every screen may name: goals
// and countries. The root model loads it once at start.
type Reference struct {
	Goals        []store.Goal
	Countries    map[string]store.Country
	CountryCodes []string // ordered by English name
	Stages       []store.Stage
}

func (c *Common) goalTitle(id int) string {
	for _, g := range c.Ref.Goals {
		if g.ID == id {
			return g.ShortTitle
		}
	}
	return fmt.Sprint(id)
}

func (c *Common) countryName(code string) string {
	if country, ok := c.Ref.Countries[code]; ok {
		return c.T.CountryName(country)
	}
	return code
}

// describe words the error of a save or change for the user: the field
// and its problem, a record gone meanwhile, or the error itself.
func (c *Common) describe(err error) string {
	var fe *store.FieldError
	switch {
	case errors.As(err, &fe):
		return c.T.FieldError(fe)
	case errors.Is(err, store.ErrNotFound), errors.Is(err, store.ErrAlreadyDeleted), errors.Is(err, store.ErrNotDeleted):
		return c.T.GoneWhileEditing
	}
	return fmt.Sprintf(c.T.SaveFailed, err)
}
