package se.motesplats.activity.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.ActivityFilter;
import se.motesplats.activity.ActivityFilterParameters;
import se.motesplats.shared.ui.StartTile;

/**
 * Language cafés are what newcomers look for most: the start page offers this week's near the visitor
 * directly (the phone asks whether it may tell where it is; without, the list shows them all).
 */
@Configuration(proxyBeanMethods = false)
class LanguageCafeTile {

    @Bean
    StartTile languageCafesThisWeek() {
        return new StartTile("language-cafes", ActivityListView.PATH + "?" + ActivityFilterParameters.CATEGORY + "="
                + ActivityFilterParameters.slug(ActivityCategory.LANGUAGE_CAFE) + "&" + ActivityFilter.Flag.THIS_WEEK.parameter()
                + "&" + ActivityFilter.Flag.NEAR_ME.parameter(),
                ActivityCategory.LANGUAGE_CAFE.pictogram(), "activity.start.language-cafes", 1);
    }
}
