package fr.pilotectg.documents.domain;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of the Word files the module writes (the shipped template, the draft deliberations, the minutes):
 * real heading styles with an outline level, so that Word and LibreOffice build a table of contents and bookmarks.
 */
public final class WordStyles {

    private WordStyles() {}

    /** A paragraph style in DejaVu Sans; {@code outline} is the heading level (0 for Heading 1), null for body text. */
    public static XWPFStyle paragraph(String id, String name, Integer outline, int halfPoints, boolean bold) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (!id.equals("Normal")) style.addNewBasedOn().setVal("Normal");
        style.addNewQFormat();
        var ppr = style.addNewPPr();
        ppr.addNewSpacing().setAfter(BigInteger.valueOf(120));
        if (outline != null) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            ppr.addNewKeepNext();
            ppr.getSpacing().setBefore(BigInteger.valueOf(240));
        }
        CTRPr rpr = style.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii("DejaVu Sans");
        fonts.setHAnsi("DejaVu Sans");
        fonts.setCs("DejaVu Sans");
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (bold) rpr.addNewB();
        return new XWPFStyle(style);
    }
}
