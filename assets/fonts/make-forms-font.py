"""Builds the forms' serif face from Liberation Serif 2 (Debian's
fonts-liberation2): subset to what a form prints, the tenge sign taken from
DejaVu Serif (Liberation has none), renamed as the SIL OFL asks of a
modified font whose name is reserved."""
import sys
from fontTools.ttLib import TTFont
from fontTools import subset

SRC = "/usr/share/fonts/truetype/liberation2/LiberationSerif-{}.ttf"
TENGE = "/usr/share/fonts/truetype/dejavu/DejaVuSerif{}.ttf"
# Whole runs of what Liberation Serif has, as few as can be: the PDF
# library looks up every code point of the font's character map once per
# face and document, and each lookup searches the map's runs (fewer runs,
# a faster receipt). The dashes, quotes and ellipsis, ₸, №, −, ʼ.
UNICODES = ("U+0020-007E,U+00A0-017F,U+02BC,U+0400-04FF,U+2012-2022,"
            "U+2026,U+20B8,U+2116,U+2212")
FAMILY = "Desk Forms Serif"

def add_tenge(font, donor):
    name = "uni20B8"
    src = donor["glyf"][donor.getBestCmap()[0x20B8]]
    assert donor["head"].unitsPerEm == font["head"].unitsPerEm
    assert not src.isComposite()
    order = font.getGlyphOrder()
    if name not in order:
        font.setGlyphOrder(order + [name])
    font["glyf"][name] = src
    font["hmtx"][name] = donor["hmtx"][donor.getBestCmap()[0x20B8]]
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap[0x20B8] = name
    font["maxp"].numGlyphs = len(font.getGlyphOrder())

def rename(font, style):
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    ps = FAMILY.replace(" ", "") + "-" + style
    for rec in font["name"].names:
        if rec.nameID in (1, 16):
            rec.string = FAMILY
        elif rec.nameID in (4,):
            rec.string = full
        elif rec.nameID == 6:
            rec.string = ps
        elif rec.nameID == 3:
            rec.string = f"{ps}; subset for emigration-desk"

def build(style, out):
    font = TTFont(SRC.format(style))
    donor = TTFont(TENGE.format("" if style == "Regular" else "-Bold"))
    add_tenge(font, donor)
    opts = subset.Options()
    opts.hinting = False
    opts.layout_features = []
    opts.drop_tables += ["GSUB", "GPOS", "GDEF", "kern", "FFTM", "DSIG"]
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14, 16, 17]
    s = subset.Subsetter(opts)
    s.populate(unicodes=subset.parse_unicodes(UNICODES))
    s.subset(font)
    rename(font, style)
    font.save(out)

if __name__ == "__main__":
    dest = sys.argv[1] if len(sys.argv) > 1 else "."
    build("Regular", f"{dest}/DeskFormsSerif-Regular.ttf")
    build("Bold", f"{dest}/DeskFormsSerif-Bold.ttf")
