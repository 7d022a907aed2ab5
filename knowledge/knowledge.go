// Package knowledge holds loanbot's business content as data — the consultation script (flow), every
// standard sentence the bot says (replies), the FAQ, products and materials checklists — together with
// typed loaders that validate it and reject bad content with the file and line at fault.
//
// The content is embedded in the binary (go:embed); a directory with the same file names overrides it
// (LOANBOT_KNOWLEDGE_DIR). The package imports nothing else from loanbot except the slot vocabulary.
package knowledge

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"strconv"

	"gopkg.in/yaml.v3"
)

//go:embed *.yaml
var embedded embed.FS

// File names of the content this package loads.
const (
	FlowFile      = "flow.yaml"
	RepliesFile   = "replies.yaml"
	FAQFile       = "faq.yaml"
	ProductsFile  = "products.yaml"
	MaterialsFile = "materials.yaml"
)

// Base is the whole knowledge base, loaded and cross-checked.
type Base struct {
	Flow      *Flow
	Replies   *Replies
	FAQ       *FAQ
	Products  []Product
	Materials Materials
}

// Default returns the embedded content as a file system.
func Default() fs.FS { return embedded }

// Load loads the knowledge base: the embedded content when dir is empty; otherwise each file present
// in dir replaces its embedded counterpart (so a directory may override only faq.yaml).
func Load(dir string) (*Base, error) {
	if dir == "" {
		return LoadFS(Default())
	}
	if info, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("knowledge dir: %w", err)
	} else if !info.IsDir() {
		return nil, fmt.Errorf("knowledge dir %s: not a directory", dir)
	}
	return LoadFS(overlay{top: os.DirFS(dir), base: Default()})
}

// overlay reads a file from top, or from base when top does not have it.
type overlay struct{ top, base fs.FS }

func (o overlay) Open(name string) (fs.File, error) {
	f, err := o.top.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return o.base.Open(name)
	}
	return f, err
}

// LoadFS loads every content file from fsys and checks that they agree with one another (the flow
// only names replies that exist, with the fields those replies use; every product has a materials
// checklist).
func LoadFS(fsys fs.FS) (*Base, error) {
	replies, err := LoadReplies(fsys, RepliesFile)
	if err != nil {
		return nil, err
	}
	flow, err := LoadFlow(fsys, FlowFile)
	if err != nil {
		return nil, err
	}
	if err := flow.checkReplies(replies); err != nil {
		return nil, err
	}
	faq, err := LoadFAQ(fsys, FAQFile)
	if err != nil {
		return nil, err
	}
	products, err := LoadProducts(fsys, ProductsFile)
	if err != nil {
		return nil, err
	}
	materials, err := LoadMaterials(fsys, MaterialsFile)
	if err != nil {
		return nil, err
	}
	if err := materials.CheckProducts(products); err != nil {
		return nil, fmt.Errorf("%s and %s disagree: %w", ProductsFile, MaterialsFile, err)
	}
	return &Base{Flow: flow, Replies: replies, FAQ: faq, Products: products, Materials: materials}, nil
}

// SourceError is bad content: which file and line, and what is wrong.
type SourceError struct {
	File string
	Line int // 0 when the whole file is at fault
	Msg  string
}

func (e *SourceError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

func srcErr(file string, line int, format string, args ...any) error {
	return &SourceError{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
}

var yamlLine = regexp.MustCompile(`line (\d+): (.*)`)

// readYAML strictly decodes path into v (unknown keys are errors) and also returns the document's root
// node, whose line numbers the validators use.
func readYAML(fsys fs.FS, path string, v any) (*yaml.Node, error) {
	b, err := fs.ReadFile(fsys, path)
	if err != nil {
		return nil, fmt.Errorf("read knowledge file: %w", err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, srcErr(path, 0, "empty file")
		}
		return nil, yamlError(path, err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return nil, yamlError(path, err)
	}
	if len(doc.Content) == 0 {
		return nil, srcErr(path, 0, "empty file")
	}
	return doc.Content[0], nil
}

// yamlError turns a yaml.v3 error ("yaml: line 4: …" or a list of unmarshal errors) into a SourceError
// for the first line it names.
func yamlError(path string, err error) error {
	m := yamlLine.FindStringSubmatch(err.Error())
	if m == nil {
		return srcErr(path, 0, "%v", err)
	}
	line, _ := strconv.Atoi(m[1])
	return srcErr(path, line, "%s", m[2])
}

// mapKeyLine returns the line of key in a mapping node, or the node's own line.
func mapKeyLine(n *yaml.Node, key string) int {
	if n == nil {
		return 0
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i].Line
		}
	}
	return n.Line
}

// mapValue returns the value node of key in a mapping node, or nil.
func mapValue(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// seqItem returns the i-th item of a sequence node, or nil.
func seqItem(n *yaml.Node, i int) *yaml.Node {
	if n == nil || n.Kind != yaml.SequenceNode || i >= len(n.Content) {
		return nil
	}
	return n.Content[i]
}

// lineOf returns n's line, 0 for nil.
func lineOf(n *yaml.Node) int {
	if n == nil {
		return 0
	}
	return n.Line
}
