/** The one-character province abbreviations that start a PRC licence plate, and 使, which starts an embassy plate. */
export const CN_PLATE_PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
export const CN_PLATE_EMBASSY = '使';
