import type { AbbreviationData } from '../types.js';

/**
 * Indonesian abbreviations for sentence splitting (sentence-splitter's `Language` shape).
 * Matching ignores case, so `Dr.` also covers the medical title `dr.`.
 */
export const abbreviations: AbbreviationData = {
  // Their period ends a sentence only before a capitalised word: `PT Astra Tbk. mencatat` vs `… Tbk. Saham …`.
  ABBREVIATIONS: [
    // "and so on" and friends
    'dll.', 'dsb.', 'dst.', 'dkk.', 'al.', 'a.l.', 's.d.', 'sbg.', 'yg.', 'dgn.', 'utk.', 'krn.', 'spt.',
    // company forms
    'Tbk.', 'Ltd.', 'Inc.', 'Corp.', 'Co.', 'Pte.', 'Bhd.',
    // academic and professional degrees written after a name
    'S.H.', 'M.H.', 'S.E.', 'M.E.', 'M.M.', 'M.Si.', 'S.Si.', 'S.Sos.', 'M.Sos.', 'S.Pd.', 'M.Pd.', 'S.Kom.',
    'M.Kom.', 'S.T.', 'M.T.', 'S.IP.', 'S.Ag.', 'M.Ag.', 'S.Ked.', 'S.Psi.', 'M.Psi.', 'S.Hum.', 'M.Hum.',
    'S.Kep.', 'S.Farm.', 'S.KM.', 'M.Kes.', 'Apt.', 'Ak.', 'Lc.', 'M.A.', 'M.Sc.', 'Ph.D.', 'Sp.A.', 'Sp.B.',
    'Sp.PD.', 'Sp.OG.', 'Sp.JP.', 'Sp.KJ.', 'Sp.M.', 'Sp.THT.',
    // dates and quantities
    'tgl.', 'thn.', 'th.', 'bln.', 'jt.', 'rb.', 'org.',
    'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Agu.', 'Agt.', 'Ags.', 'Sep.', 'Sept.', 'Okt.', 'Nov.', 'Des.',
  ],
  // Written before a name, number or place: never the end of a sentence.
  PREPOSITIVE_ABBREVIATIONS: [
    // titles
    'Dr.', 'drg.', 'Ir.', 'Prof.', 'Drs.', 'Dra.', 'H.', 'Hj.', 'K.H.', 'KH.', 'Tn.', 'Ny.', 'Nn.', 'Sdr.', 'Sdri.',
    'Bpk.', 'Bp.', 'Yth.', 'Pdt.', 'Ust.', 'Mgr.', 'St.', 'R.', 'Rd.', 'Dt.',
    // shortened given names
    'Moh.', 'Moch.', 'Muh.', 'Mhd.', 'Muhd.', 'Mohd.', 'Abd.',
    // police and military ranks (`Brigjen Pol. Ahmad`, `Kompol. Budi`)
    'Pol.', 'Kompol.', 'AKBP.', 'AKP.', 'Kombes.', 'Brigjen.', 'Irjen.', 'Komjen.', 'Mayjen.', 'Letjen.',
    'Kol.', 'Letkol.', 'Kapt.', 'Laksma.', 'Marsma.', 'Ipda.', 'Iptu.', 'Aiptu.', 'Bripka.', 'Brigpol.',
    // places and addresses
    'Kab.', 'Kec.', 'Kel.', 'Ds.', 'Kp.', 'Prov.', 'Jl.', 'Jln.', 'Gg.', 'No.', 'Kav.', 'Blok.',
    // before a number or a name
    'Rp.', 'hlm.', 'Telp.', 'Tlp.', 'a.n.', 'u.p.', 'vs.',
  ],
  EXCLAMATION_WORDS: ['Yahoo!'],
};
