package org.shegong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shegong.identity.UnitManagement;
import org.shegong.region.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 9, finding 8: Swagger UI's Authorize takes a bearer token and "Try it out" on a POST then succeeds. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocsBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    UnitManagement units;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String adminToken() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/v1/auth/token")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"Shegong#Test2026\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void authorizeWithATokenThenTryOutCreatingAUnit() throws Exception {
        String token = adminToken();
        // springdoc builds the description on its first request (25 s once on a loaded CI machine, longer than the
        // page's wait): ask for it here, without a deadline and in the browser's language (it is kept per locale), so
        // the page below reads the one already built
        HttpResponse<String> docs = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/v3/api-docs")))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN,zh;q=0.9")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("社会工作服务综合平台 API");
        String name = "接口试用单位" + UUID.randomUUID().toString().substring(0, 6);
        driver = Browser.start(1400, 1000);
        Browser.logIn(driver, url(""), "admin", "Shegong#Test2026");
        Browser.waiting(driver).until(ExpectedConditions.urlToBe(url("/")));
        driver.findElement(By.id("nav-api")).click();

        var wait = Browser.waiting(driver);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".information-container .title"),
                "社会工作服务综合平台 API"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.btn.authorize"))).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux")));
        assertThat(dialog.getText()).contains("bearer");
        dialog.findElement(By.cssSelector("input")).sendKeys(token);
        dialog.findElement(By.cssSelector("button.authorize")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".modal-ux button.btn-done"))).click();

        WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[contains(@class,'opblock-post')][.//*[@data-path='/api/v1/units']]")));
        operation.findElement(By.cssSelector(".opblock-summary")).click();
        wait.until(d -> operation.findElements(By.cssSelector("button.try-out__btn")).stream().findFirst().orElse(null)).click();
        WebElement body = wait.until(d -> operation.findElements(By.cssSelector("textarea.body-param__text")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        body.clear();
        body.sendKeys("{\"name\":\"" + name + "\",\"kind\":\"GOVERNMENT\",\"regionCode\":\"510107000000\"}");
        operation.findElement(By.cssSelector("button.execute")).click();
        wait.until(d -> operation.findElements(By.cssSelector(".live-responses-table .response-col_status")).stream()
                .anyMatch(status -> status.getText().contains("201")));
        assertThat(operation.findElement(By.cssSelector(".curl-command")).getText()).contains("Authorization: Bearer");
        Browser.screenshot(driver, "swagger-try-out");
        assertThat(units.search(Scope.PROVINCE, name, 5)).hasSize(1);
    }
}
