package org.baytrack.tracker.support;

import org.baytrack.events.EntityChanged;

import java.util.List;

/**
 * The entities the tracker's tests name, announced as the catalog announces its gazetteer on the compacted entity
 * topic: the tracker knows nothing else.
 */
public final class Entities {
    public static final List<EntityChanged> KNOWN = List.of(
            project("huangmaohai-passage", "黄茅海跨海通道", "黃茅海跨海通道", "Huangmaohai Passage"),
            project("zhongkai-expressway", "中开高速", "中開高速", "Zhongshan-Kaiping Expressway"),
            project("shenzhen-zhongshan-link", "深中通道", "深中通道", "Shenzhen-Zhongshan Link"),
            project("nansha-port-phase4", "南沙港区四期", "南沙港區四期", "Nansha Port Phase IV"),
            project("nansha-bridge", "南沙大桥", "南沙大橋", "Nansha Bridge"),
            project("humen-bridge", "虎门大桥", "虎門大橋", "Humen Bridge"),
            project("liantang-port", "莲塘口岸", "蓮塘口岸", "Liantang Port"),
            project("hengqin-port", "横琴口岸", "橫琴口岸", "Hengqin Port"),
            project("guangzhou-shenzhen-second-hsr", "广深第二高铁", "廣深第二高鐵",
                    "Second Guangzhou-Shenzhen High-speed Railway"),
            other("guangzhou", "place", "广州", "廣州", "Guangzhou"),
            other("shenzhen", "place", "深圳", "深圳", "Shenzhen"),
            other("zhuhai", "place", "珠海", "珠海", "Zhuhai"),
            other("zhongshan", "place", "中山", "中山", "Zhongshan"),
            other("hkust-gz", "organisation", "香港科技大学（广州）", "香港科技大學（廣州）",
                    "Hong Kong University of Science and Technology (Guangzhou)"),
            other("jiangmen-government", "organisation", "江门市政府", "江門市政府", "Jiangmen Municipal Government"));

    private Entities() {
    }

    /** Publishes every known entity and waits until the tracker has applied them all. */
    public static void announce(Catalog catalog) {
        KNOWN.stream().map(catalog::publish).toList().forEach(TrackerDb::awaitProcessed);
    }

    static EntityChanged project(String id, String name, String nameHant, String nameEn) {
        return new EntityChanged(id, EntityChanged.PROJECT, name, nameHant, nameEn, List.of(), EntityChanged.REGISTERED);
    }

    static EntityChanged other(String id, String type, String name, String nameHant, String nameEn) {
        return new EntityChanged(id, type, name, nameHant, nameEn, List.of(), EntityChanged.REGISTERED);
    }
}
