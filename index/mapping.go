package index

import (
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Field names of an article document.
const (
	fieldType       = "_type"
	fieldID         = "id"
	fieldHash       = "hash"
	fieldKeys       = "keys"
	fieldOutlet     = "outlet"
	fieldOutletKeys = "outlet_keys"
	fieldPublished  = "published"
	fieldLead       = "lead"
	fieldCommon     = "common"
	fieldEdge       = "edge"
	fieldBlob       = "blob"
	fieldTitle      = "title"

	typeArticle = "article"
)

// newMapping returns the index mapping: article documents with keyword
// fields for lookups and grouping, and one stored, unindexed JSON blob. No
// term vectors, no doc values, no _all field: nothing here is highlighted,
// sorted or faceted, and each of those costs time and space per document.
func newMapping() mapping.IndexMapping {
	kw := func(store bool) *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = store
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	blob := mapping.NewTextFieldMapping()
	blob.Index = false
	blob.Store = true
	blob.IncludeTermVectors = false
	blob.IncludeInAll = false
	blob.DocValues = false

	doc := mapping.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldType, kw(false))
	doc.AddFieldMappingsAt(fieldID, kw(false))
	doc.AddFieldMappingsAt(fieldHash, kw(true))
	doc.AddFieldMappingsAt(fieldKeys, kw(true))
	doc.AddFieldMappingsAt(fieldOutlet, kw(true))
	doc.AddFieldMappingsAt(fieldOutletKeys, kw(false))
	doc.AddFieldMappingsAt(fieldPublished, blob)
	doc.AddFieldMappingsAt(fieldLead, blob)
	doc.AddFieldMappingsAt(fieldCommon, blob)
	doc.AddFieldMappingsAt(fieldEdge, blob)
	doc.AddFieldMappingsAt(fieldBlob, blob)
	doc.AddFieldMappingsAt(fieldTitle, blob)

	im := mapping.NewIndexMapping()
	im.TypeField = fieldType
	im.DefaultType = typeArticle
	im.DefaultAnalyzer = keyword.Name
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false
	im.DefaultMapping = doc
	im.AddDocumentMapping(typeArticle, doc)
	return im
}
